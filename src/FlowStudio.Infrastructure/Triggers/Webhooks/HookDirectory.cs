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

    public void Clear() => _cache.Clear();
}
