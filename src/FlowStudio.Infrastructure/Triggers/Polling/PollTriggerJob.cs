using System.Globalization;
using Quartz;

namespace FlowStudio.Infrastructure.Triggers.Polling;

/// <summary>Runs one poll when its interval trigger fires; never two polls of the same trigger at once.</summary>
[DisallowConcurrentExecution]
internal sealed class PollTriggerJob(Poller poller) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        await poller.PollAsync(
            Guid.Parse(data.GetString(TriggerJobKeys.FlowIdKey)!, CultureInfo.InvariantCulture),
            data.GetString(TriggerJobKeys.NodeIdKey)!,
            cancellationToken).ConfigureAwait(false);
    }
}
