using FlowStudio.Infrastructure.Connections;

namespace FlowStudio.Web.Api;

/// <summary>A connection as the API shows it: settings, which secrets are set (never their values), last test, users.</summary>
public sealed record ConnectionResponse(
    string Id,
    string Name,
    string Connector,
    bool IsSandbox,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> SecretsSet,
    DateTimeOffset? SecretsRotatedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Revision,
    ConnectionTestResponse? LastTest,
    IReadOnlyList<FlowReference> UsedBy)
{
    public static ConnectionResponse From(ConnectionDetails connection, IReadOnlyList<FlowReference> usedBy)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new(
            connection.Id, connection.Name, connection.Connector, connection.IsSandbox, connection.Settings, connection.SecretKeys,
            connection.SecretsRotatedAt, connection.CreatedAt, connection.UpdatedAt, connection.Revision,
            connection.LastTest is { } test ? new ConnectionTestResponse(test.Succeeded, test.Message, test.TestedAt) : null,
            usedBy);
    }
}
