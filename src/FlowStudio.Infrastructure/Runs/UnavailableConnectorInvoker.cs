using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>
/// Stands in until connector operations are wired to their clients: a connector step fails with a
/// clear, permanent error instead of the worker failing. Registered only when nothing else is.
/// </summary>
internal sealed class UnavailableConnectorInvoker : IConnectorInvoker
{
    public Task<CallResult> InvokeAsync(ConnectorCall request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(CallResult.Failed(StepError.Permanent(
            $"No connector is available for operation '{request.Operation}' on this server.", "connector.unavailable")));
    }
}
