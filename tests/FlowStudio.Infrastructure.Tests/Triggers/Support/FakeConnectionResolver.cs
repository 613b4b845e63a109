using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Infrastructure.Tests.Triggers.Support;

/// <summary>Connections held in memory, standing in for the Connections store.</summary>
internal sealed class FakeConnectionResolver : IConnectionResolver
{
    private readonly Dictionary<string, ResolvedConnection> _connections = new(StringComparer.Ordinal);

    public void Add(string id, string connector, params (string Key, string Value)[] secrets) =>
        _connections[id] = new ResolvedConnection(id, id, connector, false, new Dictionary<string, string>(), secrets.ToDictionary(s => s.Key, s => s.Value));

    public Task<ResolvedConnection?> ResolveAsync(string connectionId, CancellationToken cancellationToken) =>
        Task.FromResult(_connections.GetValueOrDefault(connectionId));
}
