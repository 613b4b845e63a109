namespace FlowStudio.Infrastructure.Flows;

/// <summary>Told after a flow's version is published (e.g. to activate its triggers); must not throw.</summary>
public interface IFlowPublicationObserver
{
    Task FlowPublishedAsync(Guid flowId, int version, CancellationToken cancellationToken);
}
