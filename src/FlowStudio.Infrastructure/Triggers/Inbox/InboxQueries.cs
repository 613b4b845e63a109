using System.Text;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>Reads the inbox for admins: deliveries with their status and reason, and the run each started.</summary>
public sealed class InboxQueries
{
    private const int BodyPreviewBytes = 64 * 1024;
    private readonly IDbContextFactory<FlowStudioDbContext> _contexts;

    internal InboxQueries(IDbContextFactory<FlowStudioDbContext> contexts) => _contexts = contexts;

    public async Task<InboxPage> ListAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var entries = db.Set<InboxEntryEntity>().AsNoTracking();
        if (query.Status is { } status)
        {
            entries = entries.Where(e => e.Status == status);
        }

        if (query.FlowId is { } flowId)
        {
            entries = entries.Where(e => e.FlowId == flowId);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.ReceivedAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.ReceivedAt <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim()}%";
            entries = entries.Where(e => EF.Functions.Like(e.EventKey, pattern) || EF.Functions.Like(e.EventType!, pattern) || EF.Functions.Like(e.Reason!, pattern));
        }

        var total = await entries.CountAsync(cancellationToken).ConfigureAwait(false);
        var size = Math.Clamp(query.PageSize, 1, 500);
        var rows = await Project(db, entries.OrderByDescending(e => e.ReceivedAt).ThenByDescending(e => e.Id).Skip(Math.Max(0, query.Page) * size).Take(size))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new InboxPage(rows, total);
    }

    public async Task<InboxEntryDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var entry = await Project(db, db.Set<InboxEntryEntity>().AsNoTracking().Where(e => e.Id == id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return null;
        }

        var raw = await db.Set<InboxEntryEntity>().Where(e => e.Id == id).Select(e => new { e.Body, e.ContentType, e.HeadersJson })
            .FirstAsync(cancellationToken).ConfigureAwait(false);
        var clipped = raw.Body.Length > BodyPreviewBytes;
        return new InboxEntryDetails(entry, Encoding.UTF8.GetString(raw.Body, 0, Math.Min(raw.Body.Length, BodyPreviewBytes)), clipped, raw.ContentType, raw.HeadersJson);
    }

    /// <summary>How many entries of each status arrived since <paramref name="since"/>.</summary>
    public async Task<IReadOnlyDictionary<InboxStatus, int>> CountsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var counts = await db.Set<InboxEntryEntity>().Where(e => e.ReceivedAt >= since).GroupBy(e => e.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }

    /// <summary>Per trigger node of <paramref name="source"/>: entries by status and the last one received, for the Triggers page.</summary>
    public async Task<IReadOnlyList<InboxTriggerStats>> TriggerStatsAsync(TriggerKind source, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<InboxEntryEntity>().Where(e => e.Source == source)
            .GroupBy(e => new { e.FlowId, e.NodeId, e.Status })
            .Select(g => new { g.Key.FlowId, g.Key.NodeId, g.Key.Status, Count = g.Count(), Last = g.Max(e => e.ReceivedAt) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.GroupBy(r => (r.FlowId, r.NodeId)).Select(g => new InboxTriggerStats(
            g.Key.FlowId, g.Key.NodeId, g.ToDictionary(r => r.Status, r => r.Count), g.Max(r => r.Last)))];
    }

    private static IQueryable<InboxEntrySummary> Project(FlowStudioDbContext db, IQueryable<InboxEntryEntity> entries) =>
        from e in entries
        join f in db.Set<FlowRecord>() on e.FlowId equals f.Id into flows
        from f in flows.DefaultIfEmpty()
        select new InboxEntrySummary(
            e.Id, e.FlowId, f == null ? "(deleted flow)" : f.Name, e.NodeId, e.Source, e.Status, e.EventKey, e.EventType, e.Reason,
            e.ReceivedAt, e.RunId, e.RedeliveredRunId, e.RedeliveredAt, e.RedeliveredBy);
}
