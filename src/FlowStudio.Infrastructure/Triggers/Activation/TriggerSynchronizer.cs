using System.Security.Cryptography;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Triggers.Polling;
using FlowStudio.Infrastructure.Triggers.Schedules;
using FlowStudio.Infrastructure.Triggers.Storage;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace FlowStudio.Infrastructure.Triggers.Activation;

/// <summary>
/// Makes a flow's triggers match its published version: one row per trigger node (hook keys are kept per
/// flow + node across re-publishes), one Quartz trigger per schedule and poll (replaced, never doubled),
/// and nothing active for a flow without a published version or in the archive. Run on publish, unpublish, archive,
/// restore from the archive, and at start-up.
/// </summary>
public sealed class TriggerSynchronizer
{
    private readonly IDbContextFactory<FlowStudioDbContext> _contexts;
    private readonly TriggerScheduler _scheduler;
    private readonly HookDirectory _hooks;
    private readonly TimeProvider _clock;

    internal TriggerSynchronizer(IDbContextFactory<FlowStudioDbContext> contexts, TriggerScheduler scheduler, HookDirectory hooks, TimeProvider clock)
    {
        _contexts = contexts;
        _scheduler = scheduler;
        _hooks = hooks;
        _clock = clock;
    }

    /// <summary>Brings one flow's triggers in line with its published version; returns how many are active.</summary>
    public async Task<int> SyncFlowAsync(Guid flowId, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // An archived flow is off like an unpublished one: every trigger inactive, hooks answer 410, schedules and polls unscheduled.
        var published = await db.Set<FlowRecord>().Where(f => f.Id == flowId && f.PublishedVersion != null && f.ArchivedAt == null)
            .Select(f => f.Versions.Where(v => v.Number == f.PublishedVersion).Select(v => new { v.Number, v.DefinitionJson }).FirstOrDefault())
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var nodes = published is null
            ? []
            : FlowSerializer.Deserialize(published.DefinitionJson).Nodes.Where(n => KindOf(n.Type) is not null).ToList();
        var rows = await db.Set<TriggerEntity>().Where(t => t.FlowId == flowId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var node in nodes)
        {
            var kind = KindOf(node.Type)!.Value;
            var row = rows.FirstOrDefault(r => r.NodeId == node.Id);
            if (row is null)
            {
                row = new TriggerEntity { FlowId = flowId, NodeId = node.Id, ConfigJson = "{}", CreatedAt = now };
                db.Add(row);
                rows.Add(row);
            }

            row.Kind = kind;
            row.FlowVersion = published!.Number;
            row.ConfigJson = node.Config.GetRawText();
            row.Active = true;
            row.UpdatedAt = now;
            row.LastError = null;
            if (kind == TriggerKind.Webhook)
            {
                row.HookKey ??= NewHookKey();
            }
            else if (kind == TriggerKind.Poll && row.Watermark is null && PollSettings.TryParse(node.Config, out var poll, out _))
            {
                // Whole seconds: most sources stamp changes to the second, and a change in the activation second must not fall before it.
                row.Watermark = Watermarks.Format(poll.BackfillFrom ?? now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
            }
        }

        foreach (var gone in rows.Where(r => nodes.All(n => n.Id != r.NodeId)))
        {
            gone.Active = false;
            gone.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            try
            {
                row.LastError = await ScheduleAsync(row, cancellationToken).ConfigureAwait(false);
            }
            catch (SchedulerException ex)
            {
                row.LastError = RunMapping.Clip($"Could not be scheduled: {ex.Message}", 2000);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _hooks.Clear();
        return rows.Count(r => r.Active);
    }

    /// <summary>Start-up: every flow with trigger rows or a published version is synchronised.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> flows;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var published = await db.Set<FlowRecord>().Where(f => f.PublishedVersion != null).Select(f => f.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var withTriggers = await db.Set<TriggerEntity>().Select(t => t.FlowId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            flows = [.. published.Union(withTriggers)];
        }

        var active = 0;
        foreach (var flowId in flows)
        {
            active += await SyncFlowAsync(flowId, cancellationToken).ConfigureAwait(false);
        }

        return active;
    }

    internal static TriggerKind? KindOf(string nodeType) => nodeType switch
    {
        NodeTypeKeys.WebhookTrigger => TriggerKind.Webhook,
        NodeTypeKeys.ScheduleTrigger => TriggerKind.Schedule,
        NodeTypeKeys.PollTrigger => TriggerKind.Poll,
        _ => null,
    };

    private async Task<string?> ScheduleAsync(TriggerEntity row, CancellationToken cancellationToken)
    {
        if (row.Kind == TriggerKind.Webhook)
        {
            return null;
        }

        if (!row.Active)
        {
            await _scheduler.RemoveAsync(row.Kind, row.FlowId, row.NodeId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var config = NodeConfig.Parse(row.ConfigJson);
        if (row.Kind == TriggerKind.Schedule)
        {
            if (!ScheduleSpec.TryParse(NodeConfig.GetString(config, "cron"), NodeConfig.GetString(config, "timeZone"), NodeConfig.GetString(config, "misfire"), out var spec, out var error))
            {
                await _scheduler.RemoveAsync(row.Kind, row.FlowId, row.NodeId, cancellationToken).ConfigureAwait(false);
                return error;
            }

            await _scheduler.EnsureScheduleAsync(row.FlowId, row.NodeId, spec, row.LastFiredAt, row.Paused, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (!PollSettings.TryParse(config, out var poll, out var invalid))
        {
            await _scheduler.RemoveAsync(row.Kind, row.FlowId, row.NodeId, cancellationToken).ConfigureAwait(false);
            return invalid;
        }

        await _scheduler.EnsurePollAsync(row.FlowId, row.NodeId, poll, row.Paused, cancellationToken).ConfigureAwait(false);
        return null;
    }

    // 128 random bits, URL-safe: the key is the only thing standing between the internet and a "none" hook.
    private static string NewHookKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
