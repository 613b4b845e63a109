using System.Collections.Concurrent;
using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>Stored connections by id, as the Infrastructure resolver would hand them out (secrets decrypted).</summary>
public sealed class FakeConnectionResolver : IConnectionResolver
{
    private readonly ConcurrentDictionary<string, ResolvedConnection> connections = new(StringComparer.Ordinal);

    public int Resolved { get; private set; }

    public void Add(ResolvedConnection connection) => connections[connection.Id] = connection;

    public Task<ResolvedConnection?> ResolveAsync(string connectionId, CancellationToken cancellationToken)
    {
        Resolved++;
        return Task.FromResult(connections.GetValueOrDefault(connectionId));
    }
}
