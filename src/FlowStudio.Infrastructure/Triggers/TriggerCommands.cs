using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Triggers.Activation;
using FlowStudio.Infrastructure.Triggers.Polling;
using FlowStudio.Infrastructure.Triggers.Storage;

namespace FlowStudio.Infrastructure.Triggers;

/// <summary>What a person does to a trigger: pause or resume a schedule or poll, backfill or poll now. Audited.</summary>
public sealed class TriggerCommands
{
    private readonly TriggerStateStore _state;
    private readonly TriggerScheduler _scheduler;
    private readonly AuditLog _audit;
    private readonly Poller _poller;

    internal TriggerCommands(TriggerStateStore state, TriggerScheduler scheduler, AuditLog audit, Poller poller)
    {
        _state = state;
        _scheduler = scheduler;
        _audit = audit;
        _poller = poller;
    }

    /// <summary>
    /// Polls an active poll trigger now, outside its interval (paused or not), and says what it found: records read, runs
    /// started, the watermark after it, or the error. Null when the flow has no such active poll trigger. Audited.
    /// </summary>
    public async Task<PollOutcome?> PollNowAsync(Guid flowId, string nodeId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = await _state.GetAsync(flowId, nodeId, cancellationToken).ConfigureAwait(false);
        if (row is not { Active: true, Kind: TriggerKind.Poll })
        {
            return null;
        }

        var outcome = await _poller.PollAsync(flowId, nodeId, cancellationToken).ConfigureAwait(false);
        await _audit.RecordAsync(actor, new AuditRecord(
            AuditActions.TriggerPolledNow,
            $"Polled trigger '{nodeId}' now: {outcome.Records} records, {outcome.Runs} runs started{(outcome.Error is null ? "" : $", error: {outcome.Error}")}",
            "Flow", flowId.ToString()), cancellationToken).ConfigureAwait(false);
        return outcome;
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
