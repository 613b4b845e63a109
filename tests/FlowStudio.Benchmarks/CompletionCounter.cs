using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Benchmarks;

/// <summary>Wraps the durable run store to count runs that ended, so the load driver needs no polling query.</summary>
public sealed class CompletionCounter(IRunStore inner) : IRunStore
{
    private int _finished;

    public int Finished => Volatile.Read(ref _finished);

    public Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken) => inner.CreateRunAsync(run, cancellationToken);

    public Task<RunSnapshot?> LoadAsync(Guid runId, CancellationToken cancellationToken) => inner.LoadAsync(runId, cancellationToken);

    public Task StepStartedAsync(StepRecord record, CancellationToken cancellationToken) => inner.StepStartedAsync(record, cancellationToken);

    public Task StepCompletedAsync(StepRecord record, CancellationToken cancellationToken) => inner.StepCompletedAsync(record, cancellationToken);

    public Task StepFailedAsync(StepRecord record, CancellationToken cancellationToken) => inner.StepFailedAsync(record, cancellationToken);

    public Task IterationCompletedAsync(Guid runId, string loopKey, string iterationPath, int index, JsonElement? result, CancellationToken cancellationToken) =>
        inner.IterationCompletedAsync(runId, loopKey, iterationPath, index, result, cancellationToken);

    public async Task SaveRunStatusAsync(Guid runId, RunStatus status, StepError? failure, CancellationToken cancellationToken)
    {
        await inner.SaveRunStatusAsync(runId, status, failure, cancellationToken).ConfigureAwait(false);
        if (status.IsTerminal())
        {
            Interlocked.Increment(ref _finished);
        }
    }

    public Task CreateBookmarkAsync(BookmarkRecord bookmark, CancellationToken cancellationToken) => inner.CreateBookmarkAsync(bookmark, cancellationToken);

    public Task<BookmarkRecord?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken) => inner.FindBookmarkAsync(bookmarkId, cancellationToken);

    public Task<bool> ResolveBookmarkAsync(string bookmarkId, BookmarkResolution resolution, CancellationToken cancellationToken) =>
        inner.ResolveBookmarkAsync(bookmarkId, resolution, cancellationToken);
}
