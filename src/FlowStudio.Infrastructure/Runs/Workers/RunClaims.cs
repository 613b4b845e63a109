using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.Workers;

/// <summary>
/// Leases on runs. A claim is one transaction that reads the oldest ready runs and updates them to
/// Running with this process as owner, only where they are still ready: two workers never hold one run.
/// A lease is renewed while the run executes; one that expired (its node died) makes the run ready again.
/// </summary>
internal sealed class RunClaims(RunWriteQueue writes, RunsOptions options, DatabaseOptions database, TimeProvider clock)
{
    private static readonly Func<FlowStudioDbContext, DateTimeOffset, int, IAsyncEnumerable<RunEntity>> Ready = EF.CompileAsyncQuery(
        (FlowStudioDbContext db, DateTimeOffset now, int take) => db.Set<RunEntity>().AsNoTracking()
            .Where(r => r.ReadyAt <= now
                && (r.Status == RunStatus.Pending || r.Status == RunStatus.Waiting
                    || (r.Status == RunStatus.Running && (r.LeaseExpiresAt == null || r.LeaseExpiresAt <= now))))
            .OrderBy(r => r.ReadyAt)
            .Take(take));

    /// <summary>This process's name in <c>Runs.LeaseOwner</c>; unique per start, so a restarted node never mistakes an orphan for its own.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public Task<IReadOnlyList<ClaimedRun>> ClaimAsync(int max, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return writes.WriteAsync(batch => ClaimAsync(batch, max));
    }

    /// <summary>Extends the leases of the runs this process executes; returns those it no longer holds (cancelled, or taken over).</summary>
    public Task<IReadOnlyList<Guid>> RenewAsync(IReadOnlyCollection<Guid> runIds) => writes.WriteAsync<IReadOnlyList<Guid>>(async batch =>
    {
        if (runIds.Count == 0)
        {
            return [];
        }

        var until = clock.GetUtcNow() + options.LeaseDuration;
        var runs = batch.Db.Set<RunEntity>();
        await runs.Where(r => runIds.Contains(r.Id) && r.LeaseOwner == Owner && r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseExpiresAt, until));
        var held = await runs.Where(r => runIds.Contains(r.Id) && r.LeaseOwner == Owner && r.Status == RunStatus.Running)
            .Select(r => r.Id).ToListAsync();
        return runIds.Except(held).ToList();
    });

    /// <summary>Hands a run back: ready again after <paramref name="delay"/>, for this or any other node.</summary>
    public Task ReleaseAsync(Guid runId, TimeSpan delay)
    {
        var now = clock.GetUtcNow();
        return writes.WriteAsync(batch => batch.Db.Set<RunEntity>()
            .Where(r => r.Id == runId && r.LeaseOwner == Owner && r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.LeaseOwner, (string?)null)
                .SetProperty(r => r.LeaseExpiresAt, now)
                .SetProperty(r => r.ReadyAt, now + delay)));
    }

    /// <summary>
    /// Makes runs left Running by a dead node ready again. At start-up on SQLite (one node by design)
    /// that is every Running run another process owned; otherwise, runs whose lease has expired.
    /// </summary>
    public Task<int> RecoverAsync(bool startup) => writes.WriteAsync(batch =>
    {
        var now = clock.GetUtcNow();
        var running = batch.Db.Set<RunEntity>().Where(r => r.Status == RunStatus.Running && r.ReadyAt == null);
        var orphans = startup && database.Provider == DatabaseProvider.Sqlite
            ? running.Where(r => r.LeaseOwner == null || r.LeaseOwner != Owner)
            : running.Where(r => r.LeaseExpiresAt == null || r.LeaseExpiresAt <= now);
        return orphans.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.LeaseOwner, (string?)null)
            .SetProperty(r => r.LeaseExpiresAt, now)
            .SetProperty(r => r.ReadyAt, now));
    });

    internal static IQueryable<RunEntity> Claimable(IQueryable<RunEntity> runs, DateTimeOffset now) => runs.Where(r => r.ReadyAt <= now
        && (r.Status == RunStatus.Pending || r.Status == RunStatus.Waiting
            || (r.Status == RunStatus.Running && (r.LeaseExpiresAt == null || r.LeaseExpiresAt <= now))));

    private async Task<IReadOnlyList<ClaimedRun>> ClaimAsync(RunWriteBatch batch, int max)
    {
        var now = clock.GetUtcNow();
        var limit = options.MaxConcurrentPerFlow;
        var candidates = new List<RunEntity>(max);
        Dictionary<Guid, int> busy = [];
        if (limit == 0)
        {
            await foreach (var run in Ready(batch.Db, now, max))
            {
                candidates.Add(run);
            }
        }
        else
        {
            var runs = batch.Db.Set<RunEntity>();
            busy = await runs.Where(r => r.Status == RunStatus.Running && r.LeaseExpiresAt > now)
                .GroupBy(r => r.FlowId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count);
            var saturated = busy.Where(p => p.Value >= limit).Select(p => p.Key).ToList();
            var ready = Claimable(runs.AsNoTracking(), now);
            if (saturated.Count > 0)
            {
                ready = ready.Where(r => !saturated.Contains(r.FlowId));
            }

            candidates = await ready.OrderBy(r => r.ReadyAt).Take(max * 4).ToListAsync();
        }

        var until = now + options.LeaseDuration;
        var claimed = new List<ClaimedRun>(Math.Min(max, candidates.Count));
        foreach (var run in candidates)
        {
            if (claimed.Count == max)
            {
                break;
            }

            var count = busy.GetValueOrDefault(run.FlowId);
            if ((limit == 0 || count < limit) && await batch.Sql.ClaimAsync(run.Id, Owner, now, until))
            {
                busy[run.FlowId] = count + 1;
                var fresh = run.StartedAt is null;
                run.Status = RunStatus.Running;
                claimed.Add(new ClaimedRun(RunMapping.ToRecord(run), run.FlowId, fresh));
            }
        }

        return claimed;
    }
}
