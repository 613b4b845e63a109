using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>One HubSpot portal reached with a private-app (or OAuth) access token. <see cref="ToString"/> masks it.</summary>
public sealed class HubSpotConnection
{
    public static readonly Uri ProductionBaseUrl = new("https://api.hubapi.com/");

    public string AccessToken { get; set; } = string.Empty;

    public Uri BaseUrl { get; set; } = ProductionBaseUrl;

    /// <summary>HubSpot allows 100–190 requests per 10 s per app; this client keeps to 10/s with bursts of 100.</summary>
    public int RequestsPerSecond { get; set; } = 10;

    internal string LimiterKey => "hubspot:" + KeyedRateLimiters.Fingerprint(AccessToken);

    /// <exception cref="ConnectorConnectionException">The token is missing.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(AccessToken))
        {
            throw new ConnectorConnectionException("The HubSpot connection has no access token.");
        }

        if (RequestsPerSecond < 1)
        {
            throw new ConnectorConnectionException("The HubSpot connection's requests per second must be at least 1.");
        }
    }

    public override string ToString() => $"HubSpot ({BaseUrl.Host}, token {KeyedRateLimiters.Mask(AccessToken)})";
}
