using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Triggers.Activation;
using FlowStudio.Infrastructure.Triggers.Polling;
using FlowStudio.Infrastructure.Triggers.Storage;

namespace FlowStudio.Infrastructure.Triggers;

/// <summary>What a person does to a trigger: pause or resume a schedule or poll, backfill a poll. Audited.</summary>
public sealed class TriggerCommands
{
    private readonly TriggerStateStore _state;
    private readonly TriggerScheduler _scheduler;
    private readonly AuditLog _audit;

    internal TriggerCommands(TriggerStateStore state, TriggerScheduler scheduler, AuditLog audit)
    {
        _state = state;
        _scheduler = scheduler;
        _audit = audit;
    }

    /// <summary>Pauses (or resumes) a schedule or poll; false when there is no such active trigger.</summary>
    public async Task<bool> SetPausedAsync(Guid flowId, string nodeId, bool paused, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = await _state.GetAsync(flowId, nodeId, cancellationToken).ConfigureAwait(false);
        if (row is not { Active: true } || row.Kind == TriggerKind.Webhook || !await _state.SetPausedAsync(flowId, nodeId, paused, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await _scheduler.SetPausedAsync(row.Kind, flowId, nodeId, paused, cancellationToken).ConfigureAwait(false);
        await _audit.RecordAsync(actor, new AuditRecord(
            paused ? AuditActions.TriggerPaused : AuditActions.TriggerResumed,
            $"{(paused ? "Paused" : "Resumed")} {row.Kind.ToString().ToLowerInvariant()} trigger '{nodeId}'", "Flow", flowId.ToString()), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Moves a poll's watermark back to <paramref name="from"/> and polls now; records already seen are not started again.</summary>
    public async Task<bool> BackfillAsync(Guid flowId, string nodeId, DateTimeOffset from, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var watermark = Watermarks.Format(from);
        if (!await _state.SetWatermarkAsync(flowId, nodeId, watermark, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await _scheduler.PollNowAsync(flowId, nodeId, cancellationToken).ConfigureAwait(false);
        await _audit.RecordAsync(actor, new AuditRecord(
            AuditActions.TriggerBackfilled, $"Backfilled poll trigger '{nodeId}' from {watermark}", "Flow", flowId.ToString()), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
