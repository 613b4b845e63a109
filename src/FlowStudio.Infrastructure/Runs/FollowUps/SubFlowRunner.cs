using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.FollowUps;

/// <summary>
/// Starts a sub-flow's child run once per call (its id derives from the step's idempotency key), refusing unknown or
/// unpublished flows, a flow calling itself, and call chains deeper than <see cref="MaxDepth"/>. The child's
/// correlation is <c>subflow:{parent run id}</c>, so a parent's children are one search away on the Runs page.
/// </summary>
internal sealed class SubFlowRunner(RunLauncher launcher, RunOutputs outputs, IDbContextFactory<FlowStudioDbContext> contexts) : ISubFlowRunner
{
    public const int MaxDepth = 5;
    public const string CorrelationPrefix = "subflow:";

    public async Task<SubFlowOutcome> RunAsync(SubFlowCall request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await FlowByIdOrName.FindAsync(db, request.FlowId.Trim(), cancellationToken);
        if (target is null)
        {
            return Refuse($"There is no flow '{request.FlowId}' (by id or name) to call.", "subflow.unknown");
        }

        var parent = await db.Set<RunEntity>().AsNoTracking()
            .Where(r => r.Id == request.ParentRunId)
            .Select(r => new { r.FlowId, r.Correlation })
            .FirstOrDefaultAsync(cancellationToken);
        if (parent?.FlowId == target.Id)
        {
            return Refuse($"Flow '{target.Name}' cannot call itself.", "subflow.recursive");
        }

        if (await DepthAsync(db, parent?.Correlation, cancellationToken) >= MaxDepth)
        {
            return Refuse($"Sub-flows may nest at most {MaxDepth} deep; '{target.Name}' would be deeper.", "subflow.depth");
        }

        var childId = DeterministicRunIds.For("subflow", request.IdempotencyKey);
        var state = await launcher.StartOnceAsync(
            childId, target.Id, request.Input.GetRawText(), CorrelationPrefix + request.ParentRunId, $"sub-flow of run {request.ParentRunId}", cancellationToken);
        if (state is null)
        {
            return Refuse($"Flow '{target.Name}' has no published version; publish it before calling it.", "subflow.unpublished");
        }

        var output = state.Status == RunStatus.Succeeded ? await outputs.LastOutputAsync(childId, cancellationToken) : null;
        return SubFlowOutcome.Started(new SubFlowResult(childId, state.Status, output, state.Error));
    }

    private static SubFlowOutcome Refuse(string message, string code) => SubFlowOutcome.Refused(StepError.Permanent(message, code));

    private static async Task<int> DepthAsync(FlowStudioDbContext db, string? correlation, CancellationToken cancellationToken)
    {
        var depth = 0;
        while (depth < MaxDepth
            && correlation is not null
            && correlation.StartsWith(CorrelationPrefix, StringComparison.Ordinal)
            && Guid.TryParse(correlation.AsSpan(CorrelationPrefix.Length), out var parentId))
        {
            depth++;
            correlation = await db.Set<RunEntity>().AsNoTracking()
                .Where(r => r.Id == parentId).Select(r => r.Correlation).FirstOrDefaultAsync(cancellationToken);
        }

        return depth;
    }
}
