namespace FlowStudio.Infrastructure.Connections;

/// <summary>What a person entered to create a connection: field keys as the connector declares them.</summary>
public sealed record NewConnection(
    string Name,
    string Connector,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Secrets);
