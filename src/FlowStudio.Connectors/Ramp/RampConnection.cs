using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Ramp;

/// <summary>One Ramp business reached through an OAuth client (client credentials). <see cref="ToString"/> masks the secret.</summary>
public sealed class RampConnection
{
    public static readonly Uri ProductionBaseUrl = new("https://api.ramp.com/");

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    public string Scopes { get; set; } = "transactions:read reimbursements:read";

    /// <summary>The root under which <c>developer/v1/…</c> lives.</summary>
    public Uri BaseUrl { get; set; } = ProductionBaseUrl;

    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>Identifies the token cache entry without holding the secret itself.</summary>
    internal string CacheKey => $"{BaseUrl}|{ClientId}|{KeyedRateLimiters.Fingerprint(ClientSecret)}|{Scopes}";

    /// <exception cref="ConnectorConnectionException">A credential is missing.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret))
        {
            throw new ConnectorConnectionException("The Ramp connection needs its client id and client secret (Developer API app).");
        }

        if (RequestsPerSecond < 1)
        {
            throw new ConnectorConnectionException("The Ramp connection's requests per second must be at least 1.");
        }
    }

    public override string ToString() => $"Ramp ({BaseUrl.Host}, client {KeyedRateLimiters.Mask(ClientId)}, secret ***, scopes {Scopes})";
}
