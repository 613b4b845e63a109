using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Triggers.Activation;

/// <summary>At start-up, re-creates every published flow's hooks, schedules and polls (the RAM job store forgets them).</summary>
internal sealed partial class TriggerReconciliation(TriggerSynchronizer synchronizer, ILogger<TriggerReconciliation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var active = await synchronizer.ReconcileAsync(cancellationToken).ConfigureAwait(false);
        LogReconciled(active);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} flow triggers active after start-up reconciliation")]
    private partial void LogReconciled(int count);
}
