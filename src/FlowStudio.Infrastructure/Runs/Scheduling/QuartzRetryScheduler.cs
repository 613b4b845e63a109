using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.Scheduling;

/// <summary>
/// The engine's <see cref="IRetryScheduler"/>: records the resume time on the run (durable, the source
/// of truth) and sets the run's Quartz trigger to it. No thread sleeps. Within one pass the earliest
/// requested time wins, so one parallel for-each item's long delay never holds back another's retry.
/// </summary>
internal sealed class QuartzRetryScheduler(RunWriteQueue writes, RunTimers timers) : IRetryScheduler
{
    public async Task ScheduleResumeAsync(Guid runId, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var effective = await writes.WriteAsync(async batch =>
        {
            var run = batch.Db.Set<RunEntity>().Where(r => r.Id == runId && (r.Status == RunStatus.Running || r.Status == RunStatus.Waiting));
            var current = await run.Select(r => r.ReadyAt).FirstOrDefaultAsync();
            if (current is { } earlier && earlier < at)
            {
                return earlier;
            }

            await run.ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadyAt, at));
            return at;
        }).ConfigureAwait(false);
        await timers.ScheduleAsync(runId, effective, reason, cancellationToken).ConfigureAwait(false);
    }
}
