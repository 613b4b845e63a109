using System.Data;
using System.Threading.Channels;
using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// Group commit for the run tables. Every write to runs, steps, bookmarks and loop items goes through
/// one loop that takes whatever is queued (up to <see cref="MaxBatch"/>), applies it on one short
/// context in one transaction and completes each caller after the commit. Many concurrent runs then
/// share a commit instead of each paying for one, and SQLite's single writer never waits on itself.
/// A failed batch is retried one write at a time, so one bad write fails only its own caller.
/// See docs/adr/0013-durable-runs.md.
/// </summary>
internal sealed partial class RunWriteQueue : IAsyncDisposable, IDisposable
{
    public const int MaxBatch = 256;

    private readonly Channel<RunWrite> _queue = Channel.CreateUnbounded<RunWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDbContextFactory<FlowStudioDbContext> _contexts;
    private readonly ILogger<RunWriteQueue> _logger;
    private readonly Task _loop;
    private RunSql? _sql;

    public RunWriteQueue(IDbContextFactory<FlowStudioDbContext> contexts, ILogger<RunWriteQueue> logger)
    {
        _contexts = contexts;
        _logger = logger;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Queues a write and completes when the batch that carries it has committed.</summary>
    public Task<T> WriteAsync<T>(Func<RunWriteBatch, Task<T>> apply)
    {
        var write = new RunWrite<T>(apply, awaited: true);
        Enqueue(write);
        return write.Completion;
    }

    public Task WriteAsync(Func<RunWriteBatch, Task> apply) => WriteAsync(async batch =>
    {
        await apply(batch).ConfigureAwait(false);
        return true;
    });

    /// <summary>Queues a write nobody waits for; it commits with the next batch, in order with later writes.</summary>
    public void Post(Func<RunWriteBatch, Task> apply) => Enqueue(new RunWrite<bool>(
        async batch =>
        {
            await apply(batch).ConfigureAwait(false);
            return true;
        },
        awaited: false));

    /// <summary>Stops taking writes and waits until the queued ones have committed.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
    }

    private void Enqueue(RunWrite write)
    {
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(RunWriteQueue), "The run store is shutting down.");
        }
    }

    private async Task LoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<RunWrite>(MaxBatch);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            var sw = System.Diagnostics.Stopwatch.StartNew();
            await CommitAsync(batch).ConfigureAwait(false);
            DebugStats.Record(batch.Count, sw.Elapsed);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<RunWrite> batch)
    {
        try
        {
            await ExecuteAsync(batch, isolated: false).ConfigureAwait(false);
            batch.ForEach(w => w.Succeed());
            return;
        }
#pragma warning disable CA1031 // Whatever failed, each write is retried alone and fails only its own caller.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogBatchFailed(ex, batch.Count);
        }

        foreach (var write in batch)
        {
            try
            {
                await ExecuteAsync([write], isolated: true).ConfigureAwait(false);
                write.Succeed();
            }
#pragma warning disable CA1031 // Reported to the caller that awaits the write.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (!write.Awaited)
                {
                    LogUnobservedWriteFailed(ex);
                }

                write.Fail(ex);
            }
        }
    }

    private async Task ExecuteAsync(IReadOnlyList<RunWrite> writes, bool isolated)
    {
        await using var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        RunWriteBatch? committed = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // A retried attempt starts from a clean slate on the same context.
            db.ChangeTracker.Clear();
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            _sql ??= RunSql.For(db);

            // Serializable: on SQLite that is BEGIN IMMEDIATE (the write lock up front, so reading then writing never
            // fails to upgrade); on SQL Server it keeps two nodes from claiming past a per-flow limit (one becomes
            // the deadlock victim and the execution strategy retries it).
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable).ConfigureAwait(false);
            await using var sql = _sql.Open(db);
            var batch = new RunWriteBatch(db, sql, isolated);
            var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
            foreach (var write in writes)
            {
                await write.ApplyAsync(batch).ConfigureAwait(false);
            }

            var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
            await batch.FlushAsync().ConfigureAwait(false);
            await db.SaveChangesAsync().ConfigureAwait(false);
            var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
            await transaction.CommitAsync().ConfigureAwait(false);
            var t4 = System.Diagnostics.Stopwatch.GetTimestamp();
            DebugStats.Phases(t1 - t0, t2 - t1, t3 - t2, t4 - t3);
            committed = batch;
        }).ConfigureAwait(false);
        committed!.Committed();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} run writes failed; retrying them one at a time")]
    private partial void LogBatchFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A step start record could not be written; the step's end record will carry it")]
    private partial void LogUnobservedWriteFailed(Exception exception);
}

internal static class DebugStats
{
    private static long _batches, _writes, _ticks;
    private static long _last = System.Diagnostics.Stopwatch.GetTimestamp();
    private static long _begin, _apply, _save, _commit;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long N, long T)> _ops = new();

    public static void Op(string name, long ticks) => _ops.AddOrUpdate(name, (1, ticks), (_, v) => (v.N + 1, v.T + ticks));

    public static void Phases(long begin, long apply, long save, long commit)
    {
        _begin += begin; _apply += apply; _save += save; _commit += commit;
    }

    private static string ms(long t) => (t * 1000.0 / System.Diagnostics.Stopwatch.Frequency).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);

    public static void Record(int writes, TimeSpan elapsed)
    {
        _batches++;
        _writes += writes;
        _ticks += elapsed.Ticks;
        if (System.Diagnostics.Stopwatch.GetElapsedTime(_last) > TimeSpan.FromSeconds(2))
        {
            Console.WriteLine($"writer: {_batches} batches, {_writes} writes ({(double)_writes / _batches:F1}/batch), busy {TimeSpan.FromTicks(_ticks).TotalMilliseconds:F0} ms of {System.Diagnostics.Stopwatch.GetElapsedTime(_last).TotalMilliseconds:F0} ms, {TimeSpan.FromTicks(_ticks).TotalMicroseconds / _writes:F1} us/write");
            Console.WriteLine($"   begin {ms(_begin)} apply {ms(_apply)} save {ms(_save)} commit {ms(_commit)}");
            foreach (var (k, v) in _ops.OrderByDescending(o => o.Value.T).Take(6)) Console.WriteLine($"      {k}: {v.N} x {ms(v.T * 1000) } us total/1000 => {(v.T * 1_000_000.0 / System.Diagnostics.Stopwatch.Frequency / v.N).ToString("F0", System.Globalization.CultureInfo.InvariantCulture)} us each");
            _ops.Clear();
            _batches = _writes = _ticks = _begin = _apply = _save = _commit = 0;
            _last = System.Diagnostics.Stopwatch.GetTimestamp();
        }
    }
}
