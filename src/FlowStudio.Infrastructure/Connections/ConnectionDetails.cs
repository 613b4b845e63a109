namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// A connection as pages and the API show it. Secrets appear only as the names of those that are set and
/// when they last changed; a value never leaves the store this way.
/// </summary>
public sealed record ConnectionDetails(
    string Id,
    string Name,
    string Connector,
    bool IsSandbox,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> SecretKeys,
    DateTimeOffset? SecretsRotatedAt,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy,
    ConnectionTestOutcome? LastTest,
    int Revision)
{
    public bool HasSecret(string key) => SecretKeys.Contains(key, StringComparer.Ordinal);
}
