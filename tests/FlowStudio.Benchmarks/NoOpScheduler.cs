using FlowStudio.Engine.Contracts;

namespace FlowStudio.Benchmarks;

public sealed class NoOpScheduler : IRetryScheduler
{
    public Task ScheduleResumeAsync(Guid runId, DateTimeOffset at, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
