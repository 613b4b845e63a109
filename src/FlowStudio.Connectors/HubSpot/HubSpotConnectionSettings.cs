using System.Globalization;
using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>The keys a stored HubSpot connection keeps and how they become a <see cref="HubSpotConnection"/>.</summary>
public static class HubSpotConnectionSettings
{
    public const string RequestsPerSecond = "requestsPerSecond";

    /// <summary>Secret: private-app access token (pat-…).</summary>
    public const string AccessToken = "accessToken";

    /// <summary>Secret: the app's client secret, which signs v3 webhooks (X-HubSpot-Signature-v3).</summary>
    public const string WebhookSigningSecret = "webhookSigningSecret";

    public const string SandboxPath = "sandbox/hubspot/";

    public static HubSpotConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = new HubSpotConnection { AccessToken = connection.Secret(AccessToken) ?? string.Empty };
        if (int.TryParse(connection.Setting(RequestsPerSecond), NumberStyles.None, CultureInfo.InvariantCulture, out var perSecond))
        {
            result.RequestsPerSecond = perSecond;
        }

        if (connection.IsSandbox)
        {
            var baseUrl = connection.SandboxBaseUrl ?? throw new InvalidOperationException($"{connection} has no sandbox address.");
            result.BaseUrl = new Uri(baseUrl, SandboxPath);
        }

        return result;
    }
}
