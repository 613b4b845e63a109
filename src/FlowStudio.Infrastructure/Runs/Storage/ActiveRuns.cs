using System.Collections.Concurrent;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// What the store knows about the runs this process is executing: which step rows exist (so a step
/// write is an insert or an update without asking the database), whether loop rows exist, and the
/// run a worker has just claimed, so the first load of a fresh run needs no query.
/// </summary>
internal sealed class ActiveRuns
{
    private readonly ConcurrentDictionary<Guid, Entry> _runs = new();

    /// <summary>A claimed run that has never started: its snapshot is the run alone.</summary>
    public void Prime(RunRecord run) => _runs[run.RunId] = new Entry { Primed = run };

    public RunRecord? TakePrimed(Guid runId)
    {
        if (!_runs.TryGetValue(runId, out var entry))
        {
            return null;
        }

        lock (entry)
        {
            var primed = entry.Primed;
            entry.Primed = null;
            return primed;
        }
    }

    public void Loaded(Guid runId, IEnumerable<(string Path, string NodeId)> steps, IEnumerable<string> loops)
    {
        var entry = new Entry();
        entry.Steps.UnionWith(steps);
        entry.Loops.UnionWith(loops);
        _runs[runId] = entry;
    }

    /// <summary>Null when this process has not loaded the run.</summary>
    public bool? StepExists(Guid runId, string path, string nodeId)
    {
        if (!_runs.TryGetValue(runId, out var entry))
        {
            return null;
        }

        lock (entry)
        {
            return entry.Steps.Contains((path, nodeId));
        }
    }

    public void StepWritten(Guid runId, string path, string nodeId) => With(runId, e => e.Steps.Add((path, nodeId)));

    public void LoopWritten(Guid runId, string loopKey) => With(runId, e => e.Loops.Add(loopKey));

    /// <summary>The loops that run inside <paramref name="iterationPath"/> (nested for-each), whose rows go with it.</summary>
    public IReadOnlyList<string> LoopsWithin(Guid runId, string iterationPath)
    {
        if (!_runs.TryGetValue(runId, out var entry))
        {
            return [];
        }

        lock (entry)
        {
            return entry.Loops.Where(k => k.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 && StepKeys.IsWithin(k[(at + 1)..], iterationPath)).ToList();
        }
    }

    public void IterationDropped(Guid runId, string iterationPath, IReadOnlyList<string> loops) => With(runId, e =>
    {
        e.Steps.RemoveWhere(s => StepKeys.IsWithin(s.Path, iterationPath));
        e.Loops.ExceptWith(loops);
    });

    public bool HasLoops(Guid runId) => !_runs.TryGetValue(runId, out var entry) || entry.Loops.Count > 0;

    public void Forget(Guid runId) => _runs.TryRemove(runId, out _);

    private void With(Guid runId, Action<Entry> change)
    {
        if (_runs.TryGetValue(runId, out var entry))
        {
            lock (entry)
            {
                change(entry);
            }
        }
    }

    private sealed class Entry
    {
        public RunRecord? Primed { get; set; }

        public HashSet<(string Path, string NodeId)> Steps { get; } = [];

        public HashSet<string> Loops { get; } = new(StringComparer.Ordinal);
    }
}
