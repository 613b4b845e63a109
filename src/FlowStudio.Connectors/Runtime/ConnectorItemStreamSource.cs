using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Runtime;

/// <summary>
/// The engine's <see cref="IItemStreamSource"/> for connector list outputs: reads a <see cref="ConnectorStreamHandle"/>,
/// resolves its connection when the loop starts and streams the records from the module, page by page.
/// </summary>
public sealed class ConnectorItemStreamSource(IEnumerable<IConnectorModule> modules, IConnectionResolver connections) : IItemStreamSource
{
    private readonly IReadOnlyList<IConnectorModule> _modules = [.. modules.OrderByDescending(m => m.Connector.Length)];

    /// <exception cref="ConnectorStreamException">The handle is not a connector stream, or its operation or connection cannot be used.</exception>
    public async IAsyncEnumerable<JsonElement> OpenAsync(JsonElement handle, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = ConnectorStreamHandle.TryRead(handle)
            ?? throw Fail("The items are not a connector stream handle ({\"$stream\":\"connector\",\"connection\",\"operation\",\"input\"}).", "connector.stream_handle");
        var module = _modules.FirstOrDefault(m => stream.Operation.StartsWith(m.Connector + ".", StringComparison.Ordinal)) as IStreamingConnectorModule;
        if (module is null || !module.CanStream(stream.Operation))
        {
            throw Fail($"Operation '{stream.Operation}' cannot be streamed on this server.", "connector.stream_unsupported");
        }

        var connection = await connections.ResolveAsync(stream.Connection, cancellationToken).ConfigureAwait(false)
            ?? throw Fail($"Connection '{stream.Connection}' does not exist (deleted or never created).", "connector.connection_not_found");
        if (!string.Equals(connection.Connector, module.Connector, StringComparison.Ordinal))
        {
            throw Fail($"Connection '{connection.Name}' is a {connection.Connector} connection; operation '{stream.Operation}' needs {module.Connector}.", "connector.connection_mismatch");
        }

        await foreach (var item in module.StreamAsync(stream.Operation, stream.Input, connection, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private static ConnectorStreamException Fail(string message, string code) => new(StepError.Permanent(message, code));
}
