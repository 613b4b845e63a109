using System.Text.Json;
using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Auditing;

/// <summary>Writes and reads the audit log. Entries are append-only: nothing here updates or deletes.</summary>
public sealed class AuditLog(IDbContextFactory<FlowStudioDbContext> contextFactory, TimeProvider clock)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public const int MaxPageSize = 500;

    public async Task RecordAsync(AuditActor actor, AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(record);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = clock.GetUtcNow(),
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = record.Action,
            Summary = record.Summary,
            TargetType = record.TargetType,
            TargetId = record.TargetId,
            BeforeJson = record.Before is null ? null : JsonSerializer.Serialize(record.Before, SnapshotJson),
            AfterJson = record.After is null ? null : JsonSerializer.Serialize(record.After, SnapshotJson),
            IpAddress = actor.IpAddress,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            var pattern = ContainsPattern(actor);
            entries = entries.Where(e => e.ActorId == actor || EF.Functions.Like(e.ActorName, pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = ContainsPattern(query.Text.Trim());
            entries = entries.Where(e => EF.Functions.Like(e.Summary, pattern, "\\")
                || (e.TargetId != null && EF.Functions.Like(e.TargetId, pattern, "\\"))
                || EF.Functions.Like(e.ActorName, pattern, "\\"));
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt <= to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, MaxPageSize))
            .ToListAsync(cancellationToken);
        return new AuditPage(items, total);
    }

    // LIKE is case-insensitive for the text people type on both SQLite and SQL Server; escape its wildcards.
    private static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>Counts per day of one action since <paramref name="since"/>, for dashboard charts.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, int>> CountPerDayAsync(
        string action, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var instants = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == action && e.OccurredAt >= since)
            .Select(e => e.OccurredAt)
            .ToListAsync(cancellationToken);
        return instants
            .GroupBy(i => DateOnly.FromDateTime(i.UtcDateTime))
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
