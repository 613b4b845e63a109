using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Benchmarks;

/// <summary>Answers every call at once with the same small output.</summary>
public sealed class NoOpConnector : IConnectorInvoker
{
    private static readonly Task<CallResult> Ok = Task.FromResult(CallResult.Success(JsonValues.Parse("""{"id":"1"}""")));

    public Task<CallResult> InvokeAsync(ConnectorCall request, CancellationToken cancellationToken) => Ok;
}
