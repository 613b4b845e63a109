using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Triggers.Activation;
using FlowStudio.Infrastructure.Triggers.Storage;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Triggers;

/// <summary>Reads triggers for the Triggers page and the designer (hook URLs, next fire times).</summary>
public sealed class TriggerQueries
{
    private readonly IDbContextFactory<FlowStudioDbContext> _contexts;
    private readonly TriggerScheduler _scheduler;

    internal TriggerQueries(IDbContextFactory<FlowStudioDbContext> contexts, TriggerScheduler scheduler)
    {
        _contexts = contexts;
        _scheduler = scheduler;
    }

    public async Task<IReadOnlyList<TriggerSummary>> ListAsync(TriggerKind? kind = null, Guid? flowId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Set<TriggerEntity>().AsNoTracking();
        if (kind is { } k)
        {
            query = query.Where(t => t.Kind == k);
        }

        if (flowId is { } id)
        {
            query = query.Where(t => t.FlowId == id);
        }

        var rows = await query
            .Join(db.Set<FlowRecord>(), t => t.FlowId, f => f.Id, (t, f) => new { Trigger = t, f.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows
            .OrderByDescending(r => r.Trigger.Active).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Trigger.NodeId, StringComparer.Ordinal)
            .Select(r => new TriggerSummary(
                r.Trigger.FlowId, r.Name, r.Trigger.NodeId, r.Trigger.Kind, r.Trigger.Active, r.Trigger.Paused, r.Trigger.FlowVersion,
                r.Trigger.HookKey, r.Trigger.ConfigJson, r.Trigger.Watermark, r.Trigger.LastFiredAt, r.Trigger.LastRunCount, r.Trigger.LastError))];
    }

    /// <summary>The hook key of a flow's webhook node once published; null before.</summary>
    public async Task<string?> HookKeyAsync(Guid flowId, string nodeId, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Set<TriggerEntity>().Where(t => t.FlowId == flowId && t.NodeId == nodeId && t.Kind == TriggerKind.Webhook)
            .Select(t => t.HookKey).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Active webhook triggers of published flows verified by <paramref name="scheme"/> (e.g. every Stripe hook),
    /// by flow name: what a person can send a sandbox event to. Never a secret.
    /// </summary>
    public async Task<IReadOnlyList<PublishedHook>> PublishedHooksAsync(WebhookScheme scheme, CancellationToken cancellationToken = default)
    {
        var hooks = await ListAsync(TriggerKind.Webhook, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. hooks
            .Where(h => h.Active && h.HookKey is not null && WebhookSettings.From(NodeConfig.Parse(h.ConfigJson)).Scheme == scheme)
            .Select(h => new PublishedHook(h.FlowId, h.FlowName, h.NodeId, h.HookKey!, h.Paused))];
    }

    /// <summary>When Quartz will fire a schedule or poll next; null when paused or not scheduled.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(TriggerKind kind, Guid flowId, string nodeId, CancellationToken cancellationToken = default) =>
        kind == TriggerKind.Webhook ? null : (await _scheduler.NextFireAsync(kind, flowId, nodeId, cancellationToken).ConfigureAwait(false)).Next;
}
