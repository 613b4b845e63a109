using System.Collections.Concurrent;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Triggers.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>
/// Finds the active hook for a key. Hooks are kept in memory for <see cref="TriggersOptions.CacheDuration"/>
/// (a publish on this node drops them at once; another node's publish is seen when the entry expires).
/// </summary>
internal sealed class HookDirectory(IDbContextFactory<FlowStudioDbContext> contexts, TriggersOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (HookRegistration? Hook, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool Retired, DateTimeOffset Until)> _retired = new(StringComparer.Ordinal);

    public async Task<HookRegistration?> FindAsync(string hookKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(hookKey, out var cached) && cached.Until > now)
        {
            return cached.Hook;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Set<TriggerEntity>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.HookKey == hookKey && t.Kind == TriggerKind.Webhook && t.Active, cancellationToken).ConfigureAwait(false);
        var hook = row is null ? null : new HookRegistration(hookKey, row.FlowId, row.NodeId, WebhookSettings.From(Core.Flows.NodeConfig.Parse(row.ConfigJson)));

        // Unknown keys are remembered briefly too, so a flood of bad keys does not become a flood of queries.
        _cache[hookKey] = (hook, now + (hook is null ? TimeSpan.FromSeconds(Math.Min(5, options.CacheDuration.TotalSeconds)) : options.CacheDuration));
        return hook;
    }

    /// <summary>
    /// True when the key belonged to a hook that is no longer active (its flow archived or unpublished, or the node
    /// removed): the sender is told the hook is gone, not that it never existed. Asked only after a miss; cached like one.
    /// </summary>
    public async Task<bool> IsRetiredAsync(string hookKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_retired.TryGetValue(hookKey, out var cached) && cached.Until > now)
        {
            return cached.Retired;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var retired = await db.Set<TriggerEntity>().AnyAsync(t => t.HookKey == hookKey && t.Kind == TriggerKind.Webhook && !t.Active, cancellationToken).ConfigureAwait(false);
        _retired[hookKey] = (retired, now + TimeSpan.FromSeconds(Math.Min(5, options.CacheDuration.TotalSeconds)));
        return retired;
    }

    public void Clear()
    {
        _cache.Clear();
        _retired.Clear();
    }
}
