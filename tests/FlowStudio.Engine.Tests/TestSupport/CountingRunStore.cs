using System.Collections.Concurrent;
using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Tests.TestSupport;

/// <summary>Counts how often each step (node + iteration) starts, passing everything to a real store.</summary>
internal sealed class CountingRunStore(IRunStore inner) : IRunStore
{
    public ConcurrentDictionary<string, int> Starts { get; } = new(StringComparer.Ordinal);

    public Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken) => inner.CreateRunAsync(run, cancellationToken);

    public Task<RunSnapshot?> LoadAsync(Guid runId, CancellationToken cancellationToken) => inner.LoadAsync(runId, cancellationToken);

    public Task StepStartedAsync(StepRecord record, CancellationToken cancellationToken)
    {
        Starts.AddOrUpdate(record.Key, 1, (_, n) => n + 1);
        return inner.StepStartedAsync(record, cancellationToken);
    }

    public Task StepCompletedAsync(StepRecord record, CancellationToken cancellationToken) => inner.StepCompletedAsync(record, cancellationToken);

    public Task StepFailedAsync(StepRecord record, CancellationToken cancellationToken) => inner.StepFailedAsync(record, cancellationToken);

    public Task IterationCompletedAsync(Guid runId, string loopKey, string iterationPath, int index, JsonElement? result, CancellationToken cancellationToken) =>
        inner.IterationCompletedAsync(runId, loopKey, iterationPath, index, result, cancellationToken);

    public Task SaveRunStatusAsync(Guid runId, RunStatus status, StepError? failure, CancellationToken cancellationToken) =>
        inner.SaveRunStatusAsync(runId, status, failure, cancellationToken);

    public Task CreateBookmarkAsync(BookmarkRecord bookmark, CancellationToken cancellationToken) => inner.CreateBookmarkAsync(bookmark, cancellationToken);

    public Task<BookmarkRecord?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken) => inner.FindBookmarkAsync(bookmarkId, cancellationToken);

    public Task<bool> ResolveBookmarkAsync(string bookmarkId, BookmarkResolution resolution, CancellationToken cancellationToken) =>
        inner.ResolveBookmarkAsync(bookmarkId, resolution, cancellationToken);
}
