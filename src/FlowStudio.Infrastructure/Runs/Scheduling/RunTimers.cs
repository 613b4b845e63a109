using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace FlowStudio.Infrastructure.Runs.Scheduling;

/// <summary>
/// One Quartz trigger per waiting run, at its <c>ReadyAt</c>. The database is the source of truth: on
/// start-up every waiting run with a future <c>ReadyAt</c> gets its trigger again (the RAM store on
/// SQLite forgets them on a restart; re-adding one the ADO.NET store kept replaces it with the same time).
/// </summary>
internal sealed class RunTimers(ISchedulerFactory schedulers, IDbContextFactory<FlowStudioDbContext> contexts, TimeProvider clock)
{
    public async Task ScheduleAsync(Guid runId, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(ResumeRunJob.TriggerFor(runId))
            .ForJob(ResumeRunJob.Key)
            .WithDescription(reason)
            .UsingJobData(ResumeRunJob.RunIdKey, runId.ToString())
            .StartAt(at)
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
    }

    public async Task CancelAsync(Guid runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.UnscheduleJob(ResumeRunJob.TriggerFor(runId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Schedules the trigger of every waiting run with a future resume time; returns how many.</summary>
    public async Task<int> RestoreAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var waiting = await db.Set<RunEntity>().AsNoTracking()
            .Where(r => r.Status == RunStatus.Waiting && r.ReadyAt > now)
            .Select(r => new { r.Id, r.ReadyAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var run in waiting)
        {
            await ScheduleAsync(run.Id, run.ReadyAt!.Value, "restored at start-up", cancellationToken).ConfigureAwait(false);
        }

        return waiting.Count;
    }
}
