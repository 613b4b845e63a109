using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.Shopify;

/// <summary>The keys a stored Shopify connection keeps and how they become a <see cref="ShopifyConnection"/>.</summary>
public static class ShopifyConnectionSettings
{
    public const string ShopDomain = "shopDomain";
    public const string ApiVersion = "apiVersion";

    /// <summary>Secret: the Admin API access token (shpat_…).</summary>
    public const string AccessToken = "accessToken";

    /// <summary>Secret: the app's client secret, which signs webhooks (X-Shopify-Hmac-Sha256).</summary>
    public const string WebhookSigningSecret = "webhookSigningSecret";

    /// <summary>The sandbox stands in for <c>https://{shop}/</c> under the app's base address.</summary>
    public const string SandboxPath = "sandbox/shopify/";

    public static ShopifyConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = new ShopifyConnection
        {
            ShopDomain = connection.Setting(ShopDomain)?.Trim() ?? string.Empty,
            AccessToken = connection.Secret(AccessToken) ?? string.Empty,
        };
        if (connection.Setting(ApiVersion) is { Length: > 0 } version)
        {
            result.ApiVersion = version;
        }

        if (connection.IsSandbox)
        {
            var baseUrl = connection.SandboxBaseUrl ?? throw new InvalidOperationException($"{connection} has no sandbox address.");
            result.BaseUrl = new Uri(baseUrl, SandboxPath);
        }

        return result;
    }
}
