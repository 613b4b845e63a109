using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Coupa;

/// <summary>
/// One Coupa instance reached with an OAuth client (client credentials, preferred) or a legacy API key.
/// <see cref="ToString"/> masks the secrets.
/// </summary>
public sealed class CoupaConnection
{
    /// <summary>The instance root under which <c>api/…</c> and <c>oauth2/token</c> live.</summary>
    public required Uri BaseUrl { get; init; }

    public string? ApiKey { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string Scopes { get; init; } = CoupaConnectionSettings.DefaultScopes;

    /// <summary>OAuth when a client is given; the API key otherwise.</summary>
    public bool UsesOAuth => ClientId is not null && ClientSecret is not null;

    /// <summary>Identifies the token cache entry without holding the secret itself.</summary>
    internal string CacheKey => $"{BaseUrl}|{ClientId}|{KeyedRateLimiters.Fingerprint(ClientSecret ?? string.Empty)}|{Scopes}";

    /// <exception cref="ConnectorConnectionException">Neither a complete OAuth client nor an API key is given.</exception>
    public void Validate()
    {
        if ((ClientId is null) != (ClientSecret is null))
        {
            throw new ConnectorConnectionException($"The Coupa connection has an OAuth client {(ClientId is null ? "secret but no client id" : "id but no client secret")}.");
        }

        if (!UsesOAuth && ApiKey is null)
        {
            throw new ConnectorConnectionException("The Coupa connection needs an OAuth client id and secret (Setup › OAuth2/OpenID Connect Clients) or an API key.");
        }
    }

    public override string ToString() =>
        $"Coupa ({BaseUrl.Host}, {(UsesOAuth ? $"client {KeyedRateLimiters.Mask(ClientId)}, secret ***, scopes {Scopes}" : "API key ***")})";
}
