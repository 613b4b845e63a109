using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs;

public sealed partial class RunLauncher
{
    /// <summary>
    /// Queues a run with a chosen id unless one with that id exists (a sub-flow call resumed, a failure handler
    /// started twice), and returns the run's state either way. The flow's published version is read now.
    /// </summary>
    internal async Task<ChildRunState?> StartOnceAsync(
        Guid runId, Guid flowId, string trigger, string correlation, string startedBy, CancellationToken cancellationToken)
    {
        var flow = await FindFlowAsync(flowId, cancellationToken);
        if (flow?.PublishedVersion is not { } version)
        {
            return null;
        }

        var run = NewRun(flowId, version, trigger, correlation, startedBy, null);
        run.Id = runId;
        var state = await _writes.WriteAsync(async batch =>
        {
            var existing = await batch.Db.Set<RunEntity>().AsNoTracking()
                .Where(r => r.Id == runId)
                .Select(r => new ChildRunState(r.Id, r.Status, r.ErrorMessage, false))
                .FirstOrDefaultAsync();
            if (existing is not null)
            {
                return existing;
            }

            await batch.Sql.InsertRunAsync(run);
            return new ChildRunState(runId, RunStatus.Pending, null, true);
        });
        if (state.Created)
        {
            _signal.Notify();
            _changes.Publish(runId, RunStatus.Pending);
        }

        return state;
    }
}

/// <summary>A run started once by id: its status now, its error if it failed, and whether this call created it.</summary>
internal sealed record ChildRunState(Guid RunId, RunStatus Status, string? Error, bool Created);
