namespace FlowStudio.Engine.Contracts;

/// <summary>
/// Resumes a parked run at a time: durable (Quartz) in Infrastructure, never a sleeping thread.
/// One pending resumption per run: scheduling again replaces the earlier time.
/// </summary>
public interface IRetryScheduler
{
    Task ScheduleResumeAsync(Guid runId, DateTimeOffset at, string reason, CancellationToken cancellationToken);
}
