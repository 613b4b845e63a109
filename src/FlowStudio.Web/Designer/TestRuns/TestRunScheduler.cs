using FlowStudio.Engine.Contracts;

namespace FlowStudio.Web.Designer.TestRuns;

/// <summary>A test run does not resume later: a delay or retry parks it, and the designer reports it as waiting.</summary>
internal sealed class TestRunScheduler : IRetryScheduler
{
    public Task ScheduleResumeAsync(Guid runId, DateTimeOffset at, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
