using System.Text.Json;

namespace FlowStudio.Connectors.Runtime;

/// <summary>
/// A connector whose list operations can also be read as an unbounded stream, record by record, for a
/// for-each: list outputs carry a <see cref="ConnectorStreamHandle"/> that <see cref="ConnectorItemStreamSource"/>
/// opens through <see cref="StreamAsync"/>. Pages are fetched only as the loop reaches them.
/// </summary>
public interface IStreamingConnectorModule : IConnectorModule
{
    /// <summary>Whether <paramref name="operationKey"/> is a list this module can stream.</summary>
    bool CanStream(string operationKey);

    /// <summary>
    /// Every record of the list <paramref name="operationKey"/> with <paramref name="input"/>, in a stable order
    /// (a resumed loop re-reads the stream and skips the items it finished).
    /// </summary>
    /// <exception cref="ConnectorStreamException">The input is invalid or the system refused the call.</exception>
    IAsyncEnumerable<JsonElement> StreamAsync(string operationKey, JsonElement input, ResolvedConnection connection, CancellationToken cancellationToken);
}
