using System.Text.Json;
using FlowStudio.Core.Auditing;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Runs.Workers;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs;

public sealed partial class RunLauncher
{
    /// <summary>Puts a failed run back in the queue; the resumed pass replays what succeeded and runs the failed step again.</summary>
    public async Task<RunCommandResult> RetryAsync(Guid runId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _clock.GetUtcNow();
        var result = await _writes.WriteAsync(async batch =>
        {
            var run = batch.Db.Set<RunEntity>().Where(r => r.Id == runId);
            var status = await run.Select(r => (RunStatus?)r.Status).FirstOrDefaultAsync();
            if (status != RunStatus.Failed)
            {
                return Refuse(runId, status, "only a failed run can be retried from its failed step");
            }

            await run.Where(r => r.Status == RunStatus.Failed).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, RunStatus.Pending)
                .SetProperty(r => r.ReadyAt, now)
                .SetProperty(r => r.FinishedAt, (DateTimeOffset?)null)
                .SetProperty(r => r.ErrorMessage, (string?)null)
                .SetProperty(r => r.ErrorCode, (string?)null)
                .SetProperty(r => r.StateJson, (string?)null));
            return RunCommandResult.Success(runId);
        });
        if (result.Succeeded)
        {
            _signal.Notify();
            _changes.Publish(runId, RunStatus.Pending);
            await _audit.RecordAsync(actor, new AuditRecord(AuditActions.RunRetried, $"Retried run {runId} from its failed step", "Run", runId.ToString()), cancellationToken);
        }

        return result;
    }

    /// <summary>Cancels a run that has not ended; a step in flight is stopped, waits and timers are dropped.</summary>
    public async Task<RunCommandResult> CancelAsync(Guid runId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _clock.GetUtcNow();
        var reason = StepError.Permanent($"Cancelled by {actor.Name}.", "run.cancelled");
        var state = RunMapping.WriteState(reason);
        var message = RunMapping.Clip(reason.Message, 2000);
        var result = await _writes.WriteAsync(async batch =>
        {
            var run = batch.Db.Set<RunEntity>().Where(r => r.Id == runId);
            var status = await run.Select(r => (RunStatus?)r.Status).FirstOrDefaultAsync();
            if (status is null || status.Value.IsTerminal())
            {
                return Refuse(runId, status, "only a pending, running or waiting run can be cancelled");
            }

            await run.Where(r => r.Status == RunStatus.Pending || r.Status == RunStatus.Running || r.Status == RunStatus.Waiting)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, RunStatus.Cancelled)
                    .SetProperty(r => r.FinishedAt, now)
                    .SetProperty(r => r.ReadyAt, (DateTimeOffset?)null)
                    .SetProperty(r => r.LeaseOwner, (string?)null)
                    .SetProperty(r => r.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(r => r.ErrorMessage, message)
                    .SetProperty(r => r.ErrorCode, reason.Code)
                    .SetProperty(r => r.StateJson, state));
            await batch.FlushAsync();
            await batch.Db.Set<RunStepEntity>()
                .Where(s => s.RunId == runId && (s.Status == StepStatus.Running || s.Status == StepStatus.Waiting || s.Status == StepStatus.Pending))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, StepStatus.Cancelled).SetProperty(x => x.CompletedAt, now));
            return RunCommandResult.Success(runId);
        });
        if (!result.Succeeded)
        {
            return result;
        }

        _cancellations.Cancel(runId, RunStopReason.Cancelled);
        _changes.Publish(runId, RunStatus.Cancelled);
        await _timers.CancelAsync(runId, cancellationToken);
        await _audit.RecordAsync(actor, new AuditRecord(AuditActions.RunCancelled, $"Cancelled run {runId}", "Run", runId.ToString()), cancellationToken);
        return result;
    }

    /// <summary>
    /// Records a decision on a wait (an approval: <c>approved</c> or <c>rejected</c>) once, and queues its run,
    /// which continues at the port named by the outcome. A second decision is refused.
    /// </summary>
    public async Task<RunCommandResult> ResolveWaitAsync(
        string bookmarkId, string outcome, AuditActor actor, string? comment = null, JsonElement? data = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        var now = _clock.GetUtcNow();
        var resolution = new BookmarkResolution(outcome.Trim(), now) { ResolvedBy = actor.Name, Comment = comment, Data = data };
        var result = await _writes.WriteAsync(async batch =>
        {
            var wait = await batch.Db.Set<RunBookmarkEntity>().AsNoTracking()
                .Where(b => b.Id == bookmarkId)
                .Select(b => new { b.RunId, b.Kind, b.ResolvedAt, b.ResolvedBy })
                .FirstOrDefaultAsync();
            if (wait is null)
            {
                return RunCommandResult.NotFound($"No wait with id {bookmarkId}.");
            }

            if (wait.ResolvedAt is not null)
            {
                return RunCommandResult.Conflict(wait.RunId, $"This wait was resolved already by {wait.ResolvedBy ?? "the system"} at {wait.ResolvedAt:u}.");
            }

            if (wait.Kind == BookmarkKind.Approval && resolution.Outcome is not (PortNames.Approved or PortNames.Rejected))
            {
                return RunCommandResult.Invalid($"'{resolution.Outcome}' is not a decision; use {PortNames.Approved} or {PortNames.Rejected}.");
            }

            var run = batch.Db.Set<RunEntity>().Where(r => r.Id == wait.RunId && r.Status == RunStatus.Waiting);
            if (!await run.AnyAsync())
            {
                return RunCommandResult.Conflict(wait.RunId, "The run is no longer waiting (it was cancelled or has ended).");
            }

            await EfRunStore.ResolveAsync(batch, bookmarkId, resolution);
            await run.ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadyAt, now));
            return RunCommandResult.Success(wait.RunId);
        });
        if (result.Succeeded)
        {
            _signal.Notify();
            _changes.Publish(result.RunId!.Value, null);
            await _audit.RecordAsync(actor, new AuditRecord(
                AuditActions.RunWaitResolved, $"Resolved wait {bookmarkId} as '{resolution.Outcome}'", "Run", result.RunId.ToString(),
                After: new { BookmarkId = bookmarkId, resolution.Outcome, resolution.Comment }), cancellationToken);
        }

        return result;
    }

    private static RunCommandResult Refuse(Guid runId, RunStatus? status, string rule) => status is null
        ? RunCommandResult.NotFound($"No run with id {runId}.")
        : RunCommandResult.Conflict(runId, $"The run is {status}; {rule}.");
}
