using FlowStudio.Infrastructure.Flows;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Triggers.Activation;

/// <summary>
/// Activates a flow's triggers when it is published and stops them when it is unpublished or archived (restoring it from
/// the archive re-activates them if a version is published). A failure is logged; start-up reconciliation retries it.
/// </summary>
internal sealed partial class TriggerPublicationObserver(TriggerSynchronizer synchronizer, ILogger<TriggerPublicationObserver> logger) : IFlowPublicationObserver
{
    public Task FlowPublishedAsync(Guid flowId, int version, CancellationToken cancellationToken) => SyncAsync(flowId, version, cancellationToken);

    public Task FlowActivationChangedAsync(Guid flowId, CancellationToken cancellationToken) => SyncAsync(flowId, null, cancellationToken);

    private async Task SyncAsync(Guid flowId, int? version, CancellationToken cancellationToken)
    {
        try
        {
            await synchronizer.SyncFlowAsync(flowId, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The publish itself succeeded; triggers are reconciled again at start-up.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogSyncFailed(ex, flowId, version);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Triggers of flow {FlowId} (published v{Version}) could not be brought in line")]
    private partial void LogSyncFailed(Exception exception, Guid flowId, int? version);
}
