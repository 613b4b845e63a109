using System.Globalization;
using Quartz;

namespace FlowStudio.Infrastructure.Triggers.Schedules;

/// <summary>
/// A schedule's fire: records it in the inbox keyed by its scheduled time, which queues the run. The key
/// makes a fire happen once even if two nodes (or a replaced trigger) fire the same time.
/// </summary>
internal sealed class ScheduleTriggerJob(ScheduleFirer firer) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var flowId = Guid.Parse(data.GetString(TriggerJobKeys.FlowIdKey)!, CultureInfo.InvariantCulture);
        var nodeId = data.GetString(TriggerJobKeys.NodeIdKey)!;
        await firer.FireAsync(flowId, nodeId, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.FireTimeUtc).ConfigureAwait(false);
    }
}
