using System.Text.Json;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Flows;

public sealed partial class FlowStore
{
    private const int MaxSampleBytes = 256 * 1024;

    /// <summary>Node outputs pinned as sample data for mapping, by node id.</summary>
    public async Task<IReadOnlyDictionary<string, JsonElement>> GetPinnedSamplesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<FlowPinnedSampleRecord>().AsNoTracking().Where(s => s.FlowId == id).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.NodeId, r => NodeConfig.Parse(r.Json), StringComparer.Ordinal);
    }

    /// <summary>Pins (or with null, unpins) a node's sample output. Returns an error message when the sample is refused.</summary>
    public async Task<string?> PinSampleAsync(Guid id, string nodeId, JsonElement? sample, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeId);
        ArgumentNullException.ThrowIfNull(actor);
        var json = sample?.GetRawText();
        if (json is not null && json.Length > MaxSampleBytes)
        {
            return $"The sample for '{nodeId}' is {json.Length / 1024} KB; at most {MaxSampleBytes / 1024} KB can be pinned.";
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<FlowRecord>().AnyAsync(f => f.Id == id, cancellationToken))
        {
            return $"No flow with id {id}.";
        }

        var existing = await db.Set<FlowPinnedSampleRecord>().SingleOrDefaultAsync(s => s.FlowId == id && s.NodeId == nodeId, cancellationToken);
        if (json is null)
        {
            if (existing is not null)
            {
                db.Remove(existing);
            }
        }
        else if (existing is null)
        {
            db.Add(new FlowPinnedSampleRecord { FlowId = id, NodeId = nodeId, Json = json, PinnedBy = actor.Name, PinnedAt = clock.GetUtcNow() });
        }
        else
        {
            existing.Json = json;
            existing.PinnedBy = actor.Name;
            existing.PinnedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Trigger payloads of the flow's most recent runs, newest first, to replay in a test run.</summary>
    public async Task<IReadOnlyList<RecentTrigger>> RecentTriggersAsync(Guid id, int take = 5, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<RunEntity>().AsNoTracking()
            .Where(r => r.FlowId == id)
            .OrderByDescending(r => r.CreatedAt)
            .Take(take)
            .Select(r => new { r.Id, r.CreatedAt, r.TriggerJson })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RecentTrigger(r.Id, r.CreatedAt, r.TriggerJson)).ToList();
    }
}
