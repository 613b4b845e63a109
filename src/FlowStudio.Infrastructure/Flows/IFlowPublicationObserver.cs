namespace FlowStudio.Infrastructure.Flows;

/// <summary>Told after a flow is published or turned on or off (e.g. to activate or stop its triggers); must not throw.</summary>
public interface IFlowPublicationObserver
{
    Task FlowPublishedAsync(Guid flowId, int version, CancellationToken cancellationToken);

    /// <summary>The flow was unpublished, archived or restored from the archive: what should run for it may have changed.</summary>
    Task FlowActivationChangedAsync(Guid flowId, CancellationToken cancellationToken);
}
