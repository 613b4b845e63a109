using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Runtime;

/// <summary>
/// The engine's <see cref="IConnectorInvoker"/>: finds the module by the operation key's connector prefix,
/// resolves the step's connection and lets the module make the call.
/// </summary>
public sealed class ConnectorInvoker(IEnumerable<IConnectorModule> modules, IConnectionResolver connections) : IConnectorInvoker
{
    private readonly IReadOnlyList<IConnectorModule> _modules = [.. modules.OrderByDescending(m => m.Connector.Length)];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var module = FindModule(request.Operation);
        if (module is null)
        {
            return CallResult.Failed(StepError.Permanent(
                $"No connector on this server offers operation '{request.Operation}'.", "connector.unknown_operation"));
        }

        if (string.IsNullOrWhiteSpace(request.Connection))
        {
            return CallResult.Failed(StepError.Permanent(
                $"Operation '{request.Operation}' needs a {module.DisplayName} connection; none is chosen.", "connector.no_connection"));
        }

        var connection = await connections.ResolveAsync(request.Connection, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return CallResult.Failed(StepError.Permanent(
                $"Connection '{request.Connection}' does not exist (deleted or never created).", "connector.connection_not_found"));
        }

        if (!string.Equals(connection.Connector, module.Connector, StringComparison.Ordinal))
        {
            return CallResult.Failed(StepError.Permanent(
                $"Connection '{connection.Name}' is a {connection.Connector} connection; operation '{request.Operation}' needs {module.Connector}.",
                "connector.connection_mismatch"));
        }

        return await module.InvokeAsync(request, connection, cancellationToken).ConfigureAwait(false);
    }

    public IConnectorModule? FindModule(string operationKey) =>
        _modules.FirstOrDefault(m => operationKey.StartsWith(m.Connector + ".", StringComparison.Ordinal));
}
