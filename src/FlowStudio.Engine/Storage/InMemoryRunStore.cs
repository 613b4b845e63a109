using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Storage;

/// <summary>
/// <see cref="IRunStore"/> in memory, for tests, benchmarks and designer test runs. Steps of a
/// completed for-each item are kept for the first <paramref name="retainedIterations"/> items
/// (to look at) and dropped after that, so 100,000 items do not pile up 100,000 step records.
/// </summary>
public sealed class InMemoryRunStore(int retainedIterations = 100) : IRunStore
{
    private readonly ConcurrentDictionary<Guid, Entry> _runs = new();
    private readonly ConcurrentDictionary<string, BookmarkRecord> _bookmarks = new(StringComparer.Ordinal);

    public Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!_runs.TryAdd(run.RunId, new Entry(run)))
        {
            throw new InvalidOperationException($"Run {run.RunId} exists already.");
        }

        return Task.CompletedTask;
    }

    public Task<RunSnapshot?> LoadAsync(Guid runId, CancellationToken cancellationToken)
    {
        if (!_runs.TryGetValue(runId, out var entry))
        {
            return Task.FromResult<RunSnapshot?>(null);
        }

        lock (entry)
        {
            var bookmarks = _bookmarks.Values.Where(b => b.RunId == runId).ToDictionary(b => b.BookmarkId, StringComparer.Ordinal);
            var loops = entry.Loops.ToDictionary(l => l.Key, l => l.Value.ToProgress(l.Key), StringComparer.Ordinal);
            return Task.FromResult<RunSnapshot?>(new RunSnapshot(entry.Run, new Dictionary<string, StepRecord>(entry.Steps, StringComparer.Ordinal), loops, bookmarks));
        }
    }

    public Task StepStartedAsync(StepRecord record, CancellationToken cancellationToken) => Save(record);

    public Task StepCompletedAsync(StepRecord record, CancellationToken cancellationToken) => Save(record);

    public Task StepFailedAsync(StepRecord record, CancellationToken cancellationToken) => Save(record);

    public Task IterationCompletedAsync(Guid runId, string loopKey, string iterationPath, int index, JsonElement? result, CancellationToken cancellationToken)
    {
        var entry = _runs[runId];
        lock (entry)
        {
            if (!entry.Loops.TryGetValue(loopKey, out var loop))
            {
                entry.Loops[loopKey] = loop = new Loop();
            }

            loop.Complete(index, result);
            if (index >= retainedIterations)
            {
                entry.Forget(iterationPath);
                foreach (var nested in entry.Loops.Keys.Where(k => k.Contains('@', StringComparison.Ordinal) && StepKeys.IsWithin(k[(k.IndexOf('@', StringComparison.Ordinal) + 1)..], iterationPath)).ToList())
                {
                    entry.Loops.Remove(nested);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task SaveRunStatusAsync(Guid runId, RunStatus status, StepError? failure, CancellationToken cancellationToken)
    {
        var entry = _runs[runId];
        lock (entry)
        {
            entry.Run = entry.Run with { Status = status, Error = failure };
        }

        return Task.CompletedTask;
    }

    public Task CreateBookmarkAsync(BookmarkRecord bookmark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        _bookmarks.TryAdd(bookmark.BookmarkId, bookmark);
        return Task.CompletedTask;
    }

    public Task<BookmarkRecord?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken) =>
        Task.FromResult(_bookmarks.GetValueOrDefault(bookmarkId));

    public Task<bool> ResolveBookmarkAsync(string bookmarkId, BookmarkResolution resolution, CancellationToken cancellationToken)
    {
        while (_bookmarks.TryGetValue(bookmarkId, out var bookmark) && bookmark.Resolution is null)
        {
            if (_bookmarks.TryUpdate(bookmarkId, bookmark with { Resolution = resolution }, bookmark))
            {
                return Task.FromResult(true);
            }
        }

        return Task.FromResult(false);
    }

    /// <summary>Drops a run and its bookmarks, e.g. when a designer test run is closed.</summary>
    public void Forget(Guid runId)
    {
        if (_runs.TryRemove(runId, out _))
        {
            foreach (var bookmark in _bookmarks.Values.Where(b => b.RunId == runId))
            {
                _bookmarks.TryRemove(bookmark.BookmarkId, out _);
            }
        }
    }

    /// <summary>The recorded steps of a run, in no particular order.</summary>
    public IReadOnlyList<StepRecord> Steps(Guid runId)
    {
        var entry = _runs[runId];
        lock (entry)
        {
            return [.. entry.Steps.Values];
        }
    }

    public RunRecord Run(Guid runId)
    {
        var entry = _runs[runId];
        lock (entry)
        {
            return entry.Run;
        }
    }

    private Task Save(StepRecord step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var entry = _runs[step.RunId];
        lock (entry)
        {
            entry.Save(step);
        }

        return Task.CompletedTask;
    }

    private sealed class Entry(RunRecord run)
    {
        public RunRecord Run { get; set; } = run;

        public Dictionary<string, StepRecord> Steps { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Loop> Loops { get; } = new(StringComparer.Ordinal);

        /// <summary>Step keys by iteration path, so an item's steps are dropped without a scan of all steps.</summary>
        private Dictionary<string, List<string>> ByIteration { get; } = new(StringComparer.Ordinal);

        private bool HasNestedLoops { get; set; }

        public void Save(StepRecord step)
        {
            if (Steps.TryAdd(step.Key, step) && step.IterationPath.Length > 0)
            {
                if (!ByIteration.TryGetValue(step.IterationPath, out var keys))
                {
                    ByIteration[step.IterationPath] = keys = [];
                    HasNestedLoops |= step.IterationPath.Contains('/', StringComparison.Ordinal);
                }

                keys.Add(step.Key);
                return;
            }

            Steps[step.Key] = step;
        }

        public void Forget(string iterationPath)
        {
            var paths = HasNestedLoops
                ? ByIteration.Keys.Where(p => StepKeys.IsWithin(p, iterationPath)).ToList()
                : [iterationPath];
            foreach (var path in paths)
            {
                if (ByIteration.Remove(path, out var keys))
                {
                    keys.ForEach(k => Steps.Remove(k));
                }
            }
        }
    }

    private sealed class Loop
    {
        private readonly HashSet<int> _above = [];
        private readonly SortedDictionary<int, JsonElement> _results = [];
        private int _below;

        public void Complete(int index, JsonElement? result)
        {
            if (result is { } value)
            {
                _results[index] = value;
            }

            _above.Add(index);
            while (_above.Remove(_below))
            {
                _below++;
            }
        }

        public LoopProgress ToProgress(string key) => new()
        {
            LoopKey = key,
            CompletedBelow = _below,
            CompletedAbove = [.. _above],
            Results = _results.ToImmutableSortedDictionary(),
        };
    }
}
