using FlowStudio.Engine.Runs;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.Storage;

internal sealed partial class EfRunStore
{
    public Task CreateBookmarkAsync(BookmarkRecord bookmark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        cancellationToken.ThrowIfCancellationRequested();
        var entity = RunMapping.ToEntity(bookmark);
        return writes.WriteAsync(async batch =>
        {
            // A pass that crashed after creating the bookmark creates it again on resume: keep the first.
            if (!await batch.Db.Set<RunBookmarkEntity>().AnyAsync(b => b.Id == entity.Id))
            {
                batch.Db.Add(entity);
            }
        });
    }

    public async Task<BookmarkRecord?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await BookmarkById(db, bookmarkId) is { } bookmark ? RunMapping.ToRecord(bookmark) : null;
    }

    public Task<bool> ResolveBookmarkAsync(string bookmarkId, BookmarkResolution resolution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        cancellationToken.ThrowIfCancellationRequested();
        return writes.WriteAsync(batch => ResolveAsync(batch, bookmarkId, resolution));
    }

    /// <summary>Records how a wait ended, once: false when it is unknown or was resolved before.</summary>
    internal static async Task<bool> ResolveAsync(RunWriteBatch batch, string bookmarkId, BookmarkResolution resolution)
    {
        var data = resolution.Data?.GetRawText();
        var comment = RunMapping.Clip(resolution.Comment, 2000);
        var by = RunMapping.Clip(resolution.ResolvedBy, 256);
        var outcome = RunMapping.Clip(resolution.Outcome, 50);
        var changed = await batch.Db.Set<RunBookmarkEntity>()
            .Where(b => b.Id == bookmarkId && b.ResolvedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.ResolvedAt, resolution.ResolvedAt)
                .SetProperty(b => b.Outcome, outcome)
                .SetProperty(b => b.ResolvedBy, by)
                .SetProperty(b => b.Comment, comment)
                .SetProperty(b => b.DataJson, data));
        return changed == 1;
    }

    private Task SaveStepAwaitedAsync(StepRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        return writes.WriteAsync(batch => SaveStepAsync(batch, record));
    }

    /// <summary>Inserts or updates the step row; a start and an end in one batch become one insert.</summary>
    private async Task SaveStepAsync(RunWriteBatch batch, StepRecord record)
    {
        var key = (record.RunId, record.IterationPath, record.NodeId);
        if (batch.Steps.TryGetValue(key, out var pending))
        {
            RunMapping.CopyTo(record, pending.Row);
            pending.Dirty = true;
            return;
        }

        var known = batch.Isolated ? null : active.StepExists(record.RunId, record.IterationPath, record.NodeId);
        var exists = known ?? await batch.Db.Set<RunStepEntity>().AnyAsync(s =>
            s.RunId == record.RunId && s.IterationPath == record.IterationPath && s.NodeId == record.NodeId);
        batch.Steps[key] = new PendingStep(RunMapping.ToEntity(record), exists);
        batch.AfterCommit(() =>
        {
            active.StepWritten(record.RunId, record.IterationPath, record.NodeId);
            changes.Publish(record.RunId, null);
        });
    }

    /// <summary>A finished for-each item past the retained ones: its steps (and loops nested in it) are no longer needed.</summary>
    private async Task DropIterationAsync(RunWriteBatch batch, Guid runId, string iterationPath)
    {
        var nested = iterationPath + "/";
        await batch.FlushAsync();
        await batch.Db.Set<RunStepEntity>()
            .Where(s => s.RunId == runId && (s.IterationPath == iterationPath || s.IterationPath.StartsWith(nested)))
            .ExecuteDeleteAsync();
        var loops = active.LoopsWithin(runId, iterationPath);
        if (loops.Count > 0)
        {
            await batch.Db.Set<RunLoopItemEntity>().Where(i => i.RunId == runId && loops.Contains(i.LoopKey)).ExecuteDeleteAsync();
        }

        batch.AfterCommit(() => active.IterationDropped(runId, iterationPath, loops));
    }
}
