using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs.Workers;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// The engine's <see cref="IRunStore"/> on EF Core. Reads use short contexts and compiled queries;
/// every write goes through <see cref="RunWriteQueue"/> (group commit). A step's start record is
/// queued without waiting, so with its end record it usually becomes one insert; everything else
/// returns once committed. See docs/adr/0013-durable-runs.md.
/// </summary>
internal sealed partial class EfRunStore(
    IDbContextFactory<FlowStudioDbContext> contexts,
    RunWriteQueue writes,
    ActiveRuns active,
    RunQueueSignal signal,
    RunChanges changes,
    RunsOptions options,
    TimeProvider clock) : IRunStore
{
    private static readonly Func<FlowStudioDbContext, Guid, Task<RunEntity?>> RunById =
        EF.CompileAsyncQuery((FlowStudioDbContext db, Guid id) => db.Set<RunEntity>().AsNoTracking().FirstOrDefault(r => r.Id == id));

    private static readonly Func<FlowStudioDbContext, Guid, IAsyncEnumerable<RunStepEntity>> StepsOf =
        EF.CompileAsyncQuery((FlowStudioDbContext db, Guid id) => db.Set<RunStepEntity>().AsNoTracking().Where(s => s.RunId == id));

    private static readonly Func<FlowStudioDbContext, Guid, IAsyncEnumerable<RunBookmarkEntity>> BookmarksOf =
        EF.CompileAsyncQuery((FlowStudioDbContext db, Guid id) => db.Set<RunBookmarkEntity>().AsNoTracking().Where(b => b.RunId == id));

    private static readonly Func<FlowStudioDbContext, Guid, IAsyncEnumerable<RunLoopItemEntity>> LoopItemsOf =
        EF.CompileAsyncQuery((FlowStudioDbContext db, Guid id) => db.Set<RunLoopItemEntity>().AsNoTracking().Where(i => i.RunId == id));

    private static readonly Func<FlowStudioDbContext, string, Task<RunBookmarkEntity?>> BookmarkById =
        EF.CompileAsyncQuery((FlowStudioDbContext db, string id) => db.Set<RunBookmarkEntity>().AsNoTracking().FirstOrDefault(b => b.Id == id));

    /// <summary>A run a worker has just claimed for the first time: nothing is recorded yet, so its first load costs no query.</summary>
    public void Prime(RunRecord run) => active.Prime(run);

    /// <summary>The worker's pass is over; a later pass reloads the run.</summary>
    public void Forget(Guid runId) => active.Forget(runId);

    public Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!Guid.TryParse(run.FlowId, out var flowId))
        {
            throw new ArgumentException($"Flow id '{run.FlowId}' is not a flow of this store (expected a GUID).", nameof(run));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var entity = new RunEntity
        {
            Id = run.RunId,
            FlowId = flowId,
            FlowVersion = run.FlowVersion,
            Status = run.Status,
            CreatedAt = run.CreatedAt,
            TriggerJson = run.Trigger.GetRawText(),
            StateJson = RunMapping.WriteState(run.Error),
        };
        return writes.WriteAsync(batch => batch.Sql.InsertRunAsync(entity));
    }

    public async Task<RunSnapshot?> LoadAsync(Guid runId, CancellationToken cancellationToken)
    {
        if (active.TakePrimed(runId) is { } primed)
        {
            return new RunSnapshot(primed, new Dictionary<string, StepRecord>(), new Dictionary<string, LoopProgress>(), new Dictionary<string, BookmarkRecord>());
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await RunById(db, runId);
        if (run is null)
        {
            return null;
        }

        var steps = new List<RunStepEntity>();
        await foreach (var step in StepsOf(db, runId).WithCancellation(cancellationToken))
        {
            steps.Add(step);
        }

        var bookmarks = new Dictionary<string, BookmarkRecord>(StringComparer.Ordinal);
        await foreach (var bookmark in BookmarksOf(db, runId).WithCancellation(cancellationToken))
        {
            bookmarks[bookmark.Id] = RunMapping.ToRecord(bookmark);
        }

        var items = new List<RunLoopItemEntity>();
        await foreach (var item in LoopItemsOf(db, runId).WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        var loops = RunMapping.ToProgress(items);
        active.Loaded(runId, steps.Select(s => (s.IterationPath, s.NodeId)), loops.Keys);
        return new RunSnapshot(
            RunMapping.ToRecord(run),
            steps.Select(RunMapping.ToRecord).ToDictionary(s => s.Key, StringComparer.Ordinal),
            loops,
            bookmarks);
    }

    public Task StepStartedAsync(StepRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        writes.Post(batch => SaveStepAsync(batch, record));
        return Task.CompletedTask;
    }

    public Task StepCompletedAsync(StepRecord record, CancellationToken cancellationToken) => SaveStepAwaitedAsync(record, cancellationToken);

    public Task StepFailedAsync(StepRecord record, CancellationToken cancellationToken) => SaveStepAwaitedAsync(record, cancellationToken);

    public Task IterationCompletedAsync(Guid runId, string loopKey, string iterationPath, int index, JsonElement? result, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var item = new RunLoopItemEntity { RunId = runId, LoopKey = loopKey, Index = index, ResultJson = result?.GetRawText() };
        var drop = index >= options.RetainedIterations;
        return writes.WriteAsync(async batch =>
        {
            batch.Db.Add(item);
            batch.AfterCommit(() => active.LoopWritten(runId, loopKey));
            if (drop)
            {
                await DropIterationAsync(batch, runId, iterationPath);
            }
        });
    }

    public Task SaveRunStatusAsync(Guid runId, RunStatus status, StepError? failure, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var state = RunMapping.WriteState(failure);
        var message = RunMapping.Clip(failure?.Message, 2000);
        var code = RunMapping.Clip(failure?.Code, 100);
        var terminal = status.IsTerminal();
        return writes.WriteAsync(async batch =>
        {
            if (status == RunStatus.Running)
            {
                // A run that already ended (e.g. cancelled while this pass ran) keeps its ending.
                await batch.Db.Set<RunEntity>()
                    .Where(r => r.Id == runId && (r.Status == RunStatus.Pending || r.Status == RunStatus.Running || r.Status == RunStatus.Waiting))
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(r => r.Status, RunStatus.Running)
                        .SetProperty(r => r.StartedAt, r => r.StartedAt ?? now));
                batch.AfterCommit(() => changes.Publish(runId, RunStatus.Running));
                return;
            }

            await batch.Sql.SaveStatusAsync(runId, status, message, code, state, terminal ? now : null);
            if (status == RunStatus.Succeeded && active.HasLoops(runId))
            {
                // Loop rows only serve a resume; a run that succeeded will not resume.
                await batch.Db.Set<RunLoopItemEntity>().Where(i => i.RunId == runId).ExecuteDeleteAsync();
            }

            batch.AfterCommit(() =>
            {
                changes.Publish(runId, status);
                active.Forget(runId);
                if (status == RunStatus.Waiting)
                {
                    // Its timer may be due already (a retry scheduled before the run was saved as Waiting).
                    signal.Notify();
                }
            });
        });
    }
}
