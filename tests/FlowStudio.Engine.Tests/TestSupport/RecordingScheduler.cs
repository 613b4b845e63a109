using System.Collections.Concurrent;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Engine.Tests.TestSupport;

internal sealed class RecordingScheduler : IRetryScheduler
{
    private readonly ConcurrentQueue<(Guid RunId, DateTimeOffset At, string Reason)> _scheduled = new();

    public IReadOnlyList<(Guid RunId, DateTimeOffset At, string Reason)> Scheduled => [.. _scheduled];

    public Task ScheduleResumeAsync(Guid runId, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        _scheduled.Enqueue((runId, at, reason));
        return Task.CompletedTask;
    }
}
