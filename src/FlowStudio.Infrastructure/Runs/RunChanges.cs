using FlowStudio.Core.Runs;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>
/// Tells pages in this process that a run changed (a step was recorded, its status moved), once the change
/// is committed, so a run page can re-read <see cref="RunQueries"/> instead of polling fast. Handlers run on
/// the thread pool. Only changes made by this node are seen: with several nodes, keep a slow poll as well.
/// </summary>
public sealed class RunChanges
{
    public event EventHandler<RunChangedEventArgs>? Changed;

    internal void Publish(Guid runId, RunStatus? status)
    {
        if (Changed is { } handlers)
        {
            ThreadPool.QueueUserWorkItem(_ => handlers(this, new RunChangedEventArgs(runId, status)));
        }
    }
}
