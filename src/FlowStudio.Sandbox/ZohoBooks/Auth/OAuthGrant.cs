namespace FlowStudio.Sandbox.ZohoBooks.Auth;

/// <summary>An issued access token, refresh token or authorization code.</summary>
public sealed class OAuthGrant
{
    public required string Token { get; set; }

    public required string Kind { get; set; }

    public required string ClientId { get; set; }

    public string? RedirectUri { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset IssuedAt { get; set; }
}
