using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Flows;

public sealed partial class FlowStore
{
    /// <summary>
    /// Turns the flow off: no version is published any more, so its triggers stop (hooks answer 410, schedules and polls
    /// are unscheduled) and it cannot be started; runs already under way finish on their version. Publishing again turns
    /// it back on. Audited. <paramref name="expectedRevision"/> guards against acting on a stale view.
    /// </summary>
    public async Task<FlowCommandResult> UnpublishAsync(Guid id, int? expectedRevision, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var flow = await db.Set<FlowRecord>().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flow is null)
        {
            return FlowCommandResult.NotFound(id);
        }

        if (expectedRevision is { } expected && expected != flow.Revision)
        {
            return FlowCommandResult.Conflict($"The flow was changed by someone else (revision {flow.Revision}, you saw {expected}).");
        }

        if (flow.PublishedVersion is not { } version)
        {
            return FlowCommandResult.Conflict($"'{flow.Name}' is not published, so there is nothing to turn off.");
        }

        var before = Summarize(flow);
        var now = clock.GetUtcNow();
        flow.PublishedVersion = null;
        flow.UpdatedAt = now;
        flow.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FlowCommandResult.Conflict("The flow was changed by someone else while unpublishing; reload it and try again.");
        }

        var summary = Summarize(flow);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.FlowUnpublished, $"Unpublished v{version} of '{flow.Name}': the flow is off and its triggers are stopped", "Flow", flow.Id.ToString(),
            before, summary), cancellationToken);
        await NotifyActivationChangedAsync(flow.Id, cancellationToken);
        return FlowCommandResult.Success(summary);
    }
}
