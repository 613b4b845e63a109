using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.Ramp;

/// <summary>The keys a stored Ramp connection keeps and how they become a <see cref="RampConnection"/>.</summary>
public static class RampConnectionSettings
{
    public const string ClientId = "clientId";
    public const string Scopes = "scopes";

    /// <summary>Secret.</summary>
    public const string ClientSecret = "clientSecret";

    /// <summary>Secret: verifies the hex HMAC-SHA256 signature of Ramp webhooks.</summary>
    public const string WebhookSigningSecret = "webhookSigningSecret";

    public const string SandboxPath = "sandbox/ramp/";

    public static RampConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = new RampConnection
        {
            ClientId = connection.Setting(ClientId) ?? string.Empty,
            ClientSecret = connection.Secret(ClientSecret) ?? string.Empty,
        };
        if (connection.Setting(Scopes) is { Length: > 0 } scopes)
        {
            result.Scopes = scopes;
        }

        if (connection.IsSandbox)
        {
            var baseUrl = connection.SandboxBaseUrl ?? throw new InvalidOperationException($"{connection} has no sandbox address.");
            result.BaseUrl = new Uri(baseUrl, SandboxPath);
        }

        return result;
    }
}
