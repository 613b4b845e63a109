using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>Runs the inbox purge at start-up and then every <see cref="TriggersOptions.InboxPurgeInterval"/>; a failure is logged and retried next time.</summary>
internal sealed partial class InboxPurgeService(InboxRetention retention, TriggersOptions options, TimeProvider clock, ILogger<InboxPurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.InboxPurgeInterval, clock);
        do
        {
            try
            {
                var deleted = await retention.PurgeAsync(stoppingToken).ConfigureAwait(false);
                if (deleted > 0)
                {
                    LogPurged(deleted);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed purge must not stop the host; it runs again at the next interval.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPurgeFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} inbox entries past their retention")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox purge failed; it runs again at the next interval")]
    private partial void LogPurgeFailed(Exception exception);
}
