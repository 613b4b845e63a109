using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Stripe;

/// <summary>One Stripe account reached with a secret key. The sandbox is just another <see cref="BaseUrl"/>. <see cref="ToString"/> masks the key.</summary>
public sealed class StripeConnection
{
    public static readonly Uri ProductionBaseUrl = new("https://api.stripe.com/");

    public string SecretKey { get; set; } = string.Empty;

    /// <summary>The API root under which <c>v1/…</c> lives.</summary>
    public Uri BaseUrl { get; set; } = ProductionBaseUrl;

    /// <summary>Sent as <c>Stripe-Version</c> so answers keep the shape the flows were built against.</summary>
    public string ApiVersion { get; set; } = "2024-06-20";

    /// <summary>Stripe allows ~100/s live and ~25/s in test mode; this client stays under it.</summary>
    public int RequestsPerSecond { get; set; } = 25;

    /// <exception cref="ConnectorConnectionException">The key is missing or not a secret/restricted key.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(SecretKey))
        {
            throw new ConnectorConnectionException("The Stripe connection has no secret key.");
        }

        if (!SecretKey.StartsWith("sk_", StringComparison.Ordinal) && !SecretKey.StartsWith("rk_", StringComparison.Ordinal))
        {
            throw new ConnectorConnectionException("The Stripe secret key must start with sk_ or rk_ (a publishable pk_ key cannot call the API).");
        }

        if (RequestsPerSecond < 1)
        {
            throw new ConnectorConnectionException("The Stripe connection's requests per second must be at least 1.");
        }
    }

    public override string ToString() => $"Stripe ({BaseUrl.Host}, key {KeyedRateLimiters.Mask(SecretKey)}, version {ApiVersion})";
}
