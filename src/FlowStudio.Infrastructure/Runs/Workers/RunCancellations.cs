using System.Collections.Concurrent;

namespace FlowStudio.Infrastructure.Runs.Workers;

/// <summary>
/// The cancellation source of each run this process executes, so that a user's cancel, a lost lease
/// or shutdown stops the run where it is. The reason decides what the worker does afterwards.
/// </summary>
internal sealed class RunCancellations
{
    private readonly ConcurrentDictionary<Guid, Entry> _runs = new();

    public CancellationToken Register(Guid runId)
    {
        var entry = new Entry();
        _runs[runId] = entry;
        return entry.Source.Token;
    }

    public bool Cancel(Guid runId, RunStopReason reason)
    {
        if (!_runs.TryGetValue(runId, out var entry))
        {
            return false;
        }

        entry.Reason ??= reason;
        try
        {
            entry.Source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run finished between the lookup and the cancel.
            return false;
        }

        return true;
    }

    public void CancelAll(RunStopReason reason)
    {
        foreach (var id in _runs.Keys)
        {
            Cancel(id, reason);
        }
    }

    public RunStopReason? ReasonFor(Guid runId) => _runs.TryGetValue(runId, out var entry) ? entry.Reason : null;

    public IReadOnlyCollection<Guid> Running => [.. _runs.Keys];

    public void Remove(Guid runId)
    {
        if (_runs.TryRemove(runId, out var entry))
        {
            entry.Source.Dispose();
        }
    }

    private sealed class Entry
    {
        public CancellationTokenSource Source { get; } = new();

        public RunStopReason? Reason { get; set; }
    }
}
