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

    // Only for hosts disposed synchronously; the loop runs on the thread pool, so waiting here cannot deadlock.
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

            await CommitAsync(batch).ConfigureAwait(false);
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
            _sql ??= RunSql.For(db);

            // Serializable: on SQLite that is BEGIN IMMEDIATE (the write lock up front, so reading then writing never
            // fails to upgrade); on SQL Server it keeps two nodes from claiming past a per-flow limit (one becomes
            // the deadlock victim and the execution strategy retries it).
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable).ConfigureAwait(false);
            await using var sql = _sql.Open(db);
            var batch = new RunWriteBatch(db, sql, isolated);
            foreach (var write in writes)
            {
                await write.ApplyAsync(batch).ConfigureAwait(false);
            }

            await batch.FlushAsync().ConfigureAwait(false);
            await db.SaveChangesAsync().ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
            committed = batch;
        }).ConfigureAwait(false);
        committed!.Committed();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} run writes failed; retrying them one at a time")]
    private partial void LogBatchFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A step start record could not be written; the step's end record will carry it")]
    private partial void LogUnobservedWriteFailed(Exception exception);
}
