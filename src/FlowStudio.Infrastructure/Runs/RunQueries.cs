using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>Run history for the runs page and the REST API: filtered, paged lists and one run in full.</summary>
public sealed class RunQueries(IDbContextFactory<FlowStudioDbContext> contexts)
{
    public async Task<RunPage> ListAsync(RunQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = db.Set<RunEntity>().AsNoTracking();
        if (query.FlowId is { } flowId)
        {
            runs = runs.Where(r => r.FlowId == flowId);
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            var wanted = statuses.Distinct().ToList();
            runs = runs.Where(r => wanted.Contains(r.Status));
        }

        if (query.From is { } from)
        {
            runs = runs.Where(r => r.CreatedAt >= from);
        }

        if (query.To is { } to)
        {
            runs = runs.Where(r => r.CreatedAt <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            if (Guid.TryParse(text, out var id))
            {
                runs = runs.Where(r => r.Id == id);
            }
            else
            {
                var pattern = ContainsPattern(text);
                runs = runs.Where(r => r.Correlation != null && EF.Functions.Like(r.Correlation, pattern, "\\"));
            }
        }

        var total = await runs.CountAsync(cancellationToken);
        var page = await runs
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, RunQuery.MaxTake))
            .ToListAsync(cancellationToken);
        var names = await FlowNamesAsync(db, page.Select(r => r.FlowId), cancellationToken);
        return new RunPage(page.Select(r => Summarize(r, names.GetValueOrDefault(r.FlowId))).ToList(), total);
    }

    /// <summary>The run with its trigger input, steps in start order and waits; null when unknown.</summary>
    public async Task<RunDetails?> GetAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Set<RunEntity>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var steps = await db.Set<RunStepEntity>().AsNoTracking().Where(s => s.RunId == runId).ToListAsync(cancellationToken);
        var waits = await db.Set<RunBookmarkEntity>().AsNoTracking().Where(b => b.RunId == runId).ToListAsync(cancellationToken);
        var names = await FlowNamesAsync(db, [run.FlowId], cancellationToken);
        return new RunDetails(
            Summarize(run, names.GetValueOrDefault(run.FlowId)),
            JsonValues.Parse(run.TriggerJson),
            RunMapping.ReadError(run.StateJson),
            steps.OrderBy(s => s.StartedAt).ThenBy(s => s.IterationPath, StringComparer.Ordinal).Select(RunMapping.ToRecord).ToList(),
            waits.OrderBy(b => b.CreatedAt).Select(RunMapping.ToRecord).ToList());
    }

    /// <summary>Waits nobody has resolved yet, oldest first: the approvals queue when <paramref name="kind"/> is Approval, filtered by role with <paramref name="lookupKey"/>.</summary>
    public async Task<IReadOnlyList<BookmarkRecord>> ListOpenWaitsAsync(
        BookmarkKind? kind = null, string? lookupKey = null, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waits = db.Set<RunBookmarkEntity>().AsNoTracking().Where(b => b.ResolvedAt == null);
        if (kind is { } k)
        {
            waits = waits.Where(b => b.Kind == k);
        }

        if (lookupKey is not null)
        {
            waits = waits.Where(b => b.LookupKey == lookupKey);
        }

        var open = await waits
            .Join(db.Set<RunEntity>().Where(r => r.Status == RunStatus.Waiting), b => b.RunId, r => r.Id, (b, _) => b)
            .OrderBy(b => b.CreatedAt)
            .Take(Math.Clamp(take, 1, RunQuery.MaxTake))
            .ToListAsync(cancellationToken);
        return open.Select(RunMapping.ToRecord).ToList();
    }

    private static async Task<Dictionary<Guid, string>> FlowNamesAsync(FlowStudioDbContext db, IEnumerable<Guid> flowIds, CancellationToken cancellationToken)
    {
        var ids = flowIds.Distinct().ToList();
        return await db.Set<FlowRecord>().AsNoTracking().Where(f => ids.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
    }

    private static RunSummary Summarize(RunEntity r, string? flowName) => new(
        r.Id, r.FlowId, flowName, r.FlowVersion, r.Status, r.Correlation, r.CreatedAt, r.StartedAt, r.FinishedAt, r.ErrorMessage, r.StartedBy, r.SourceRunId);

    // LIKE is case-insensitive for ASCII on SQLite and with SQL Server's default collation; escape its wildcards.
    private static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
