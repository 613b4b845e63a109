using System.Globalization;
using FlowStudio.Infrastructure.Triggers.Polling;
using FlowStudio.Infrastructure.Triggers.Schedules;
using Quartz;

namespace FlowStudio.Infrastructure.Triggers.Activation;

/// <summary>
/// The Quartz side of schedules and polls: one job and one trigger per (flow, node) with stable keys.
/// A trigger whose schedule is unchanged is left alone (so a re-publish or a second node's start-up keeps
/// its fire times and misfires); a changed one is replaced, never duplicated.
/// </summary>
internal sealed class TriggerScheduler(ISchedulerFactory schedulers, TimeProvider clock)
{
    public async Task EnsureScheduleAsync(Guid flowId, string nodeId, ScheduleSpec spec, DateTimeOffset? lastFiredAt, bool paused, CancellationToken cancellationToken)
    {
        var key = TriggerJobKeys.Trigger(TriggerKind.Schedule, flowId, nodeId);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var existing = await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false);
        if (existing?.Description != spec.Signature)
        {
            // Starting from the last fire lets the misfire policy see a time missed while the server was down.
            var trigger = TriggerBuilder.Create(clock)
                .WithIdentity(key)
                .ForJob(TriggerJobKeys.Job(TriggerKind.Schedule, flowId, nodeId))
                .WithDescription(spec.Signature)
                .StartAt(lastFiredAt ?? clock.GetUtcNow())
                .WithCronSchedule(spec.Cron, cron => cron
                    .InTimeZone(spec.TimeZone)
                    .WithMisfireInstruction(spec.Misfire == MisfirePolicy.Skip ? CronTriggerMisfireInstruction.DoNothing : CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(Job<ScheduleTriggerJob>(TriggerKind.Schedule, flowId, nodeId), trigger, new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
        }

        await ApplyPauseAsync(scheduler, key, paused, cancellationToken).ConfigureAwait(false);
    }

    public async Task EnsurePollAsync(Guid flowId, string nodeId, PollSettings settings, bool paused, CancellationToken cancellationToken)
    {
        var key = TriggerJobKeys.Trigger(TriggerKind.Poll, flowId, nodeId);
        var signature = settings.Interval.ToString("c", CultureInfo.InvariantCulture);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var existing = await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false);
        if (existing?.Description != signature)
        {
            var trigger = TriggerBuilder.Create(clock)
                .WithIdentity(key)
                .ForJob(TriggerJobKeys.Job(TriggerKind.Poll, flowId, nodeId))
                .WithDescription(signature)
                .StartAt(clock.GetUtcNow())
                .WithSimpleSchedule(s => s.WithInterval(settings.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(Job<PollTriggerJob>(TriggerKind.Poll, flowId, nodeId), trigger, new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
        }

        await ApplyPauseAsync(scheduler, key, paused, cancellationToken).ConfigureAwait(false);
    }

    public async Task RemoveAsync(TriggerKind kind, Guid flowId, string nodeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.DeleteJob(TriggerJobKeys.Job(kind, flowId, nodeId), cancellationToken).ConfigureAwait(false);
    }

    public async Task SetPausedAsync(TriggerKind kind, Guid flowId, string nodeId, bool paused, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await ApplyPauseAsync(scheduler, TriggerJobKeys.Trigger(kind, flowId, nodeId), paused, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a poll now, outside its interval (after a backfill).</summary>
    public async Task PollNowAsync(Guid flowId, string nodeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.TriggerJob(TriggerJobKeys.Job(TriggerKind.Poll, flowId, nodeId), new JobDataMap(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>When the trigger fires next (null when paused, missing or done), as Quartz has it.</summary>
    public async Task<(DateTimeOffset? Next, bool Scheduled)> NextFireAsync(TriggerKind kind, Guid flowId, string nodeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var trigger = await scheduler.GetTrigger(TriggerJobKeys.Trigger(kind, flowId, nodeId), cancellationToken).ConfigureAwait(false);
        return (trigger?.NextFireTimeUtc, trigger is not null);
    }

    private static IJobDetail Job<TJob>(TriggerKind kind, Guid flowId, string nodeId)
        where TJob : IJob => JobBuilder.Create<TJob>()
            .WithIdentity(TriggerJobKeys.Job(kind, flowId, nodeId))
            .UsingJobData(TriggerJobKeys.FlowIdKey, flowId.ToString())
            .UsingJobData(TriggerJobKeys.NodeIdKey, nodeId)
            .Build();

    private static async Task ApplyPauseAsync(IScheduler scheduler, TriggerKey key, bool paused, CancellationToken cancellationToken)
    {
        var state = await scheduler.GetTriggerState(key, cancellationToken).ConfigureAwait(false);
        if (paused && state != TriggerState.Paused)
        {
            await scheduler.PauseTrigger(key, cancellationToken).ConfigureAwait(false);
        }
        else if (!paused && state == TriggerState.Paused)
        {
            await scheduler.ResumeTrigger(key, cancellationToken).ConfigureAwait(false);
        }
    }
}
