using System.Text.Json;
using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>
/// Sends a verified inbox entry to its flow again: a new run of the current published version with the
/// stored body, recorded on the entry and audited. Rejected entries were never verified and cannot be redelivered.
/// </summary>
public sealed class InboxRedelivery
{
    private readonly IDbContextFactory<FlowStudioDbContext> _contexts;
    private readonly RunLauncher _launcher;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal InboxRedelivery(IDbContextFactory<FlowStudioDbContext> contexts, RunLauncher launcher, AuditLog audit, TimeProvider clock)
    {
        _contexts = contexts;
        _launcher = launcher;
        _audit = audit;
        _clock = clock;
    }

    public async Task<RunCommandResult> RedeliverAsync(Guid entryId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var entry = await db.Set<InboxEntryEntity>().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return RunCommandResult.NotFound($"No inbox entry with id {entryId}.");
        }

        if (entry.Status == InboxStatus.Rejected)
        {
            return RunCommandResult.Invalid($"Entry {entryId} was rejected ({entry.Reason}); an unverified delivery cannot be sent to the flow.");
        }

        using var payload = JsonDocument.Parse(WebhookEvents.TriggerJson(entry.Body));
        var result = await _launcher.EnqueueAsync(entry.FlowId, payload.RootElement, entry.EventKey, actor.Name, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return result;
        }

        entry.RedeliveredRunId = result.RunId;
        entry.RedeliveredAt = _clock.GetUtcNow();
        entry.RedeliveredBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.RecordAsync(actor, new AuditRecord(
            AuditActions.InboxRedelivered, $"Redelivered inbox entry {entry.EventKey} to its flow", "Run", result.RunId.ToString(),
            After: new { EntryId = entryId, entry.FlowId, entry.EventKey }), cancellationToken).ConfigureAwait(false);
        return result;
    }
}
