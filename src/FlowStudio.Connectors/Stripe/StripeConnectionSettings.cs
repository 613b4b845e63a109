using System.Globalization;
using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.Stripe;

/// <summary>
/// The keys a stored Stripe connection keeps and how they become a <see cref="StripeConnection"/>. A sandbox
/// connection points at the in-app sandbox (<c>/sandbox/stripe/v1/…</c>) with its demo key.
/// </summary>
public static class StripeConnectionSettings
{
    public const string ApiVersion = "apiVersion";
    public const string RequestsPerSecond = "requestsPerSecond";

    /// <summary>Secret.</summary>
    public const string SecretKey = "secretKey";

    /// <summary>Secret: the endpoint's <c>whsec_…</c> that signs webhook events (optional).</summary>
    public const string WebhookSigningSecret = "webhookSigningSecret";

    /// <summary>Path of the sandbox's API root under the app's base address.</summary>
    public const string SandboxPath = "sandbox/stripe/";

    public static StripeConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = new StripeConnection { SecretKey = connection.Secret(SecretKey) ?? string.Empty };
        if (connection.Setting(ApiVersion) is { Length: > 0 } version)
        {
            result.ApiVersion = version;
        }

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
