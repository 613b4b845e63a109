namespace FlowStudio.Connectors.ZohoBooks.Auth;

/// <summary>A cached access token. <see cref="ToString"/> never prints the token.</summary>
public sealed record ZohoAccessToken(string Value, Uri ApiDomain, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"Zoho access token (api domain {ApiDomain}, refresh at {RefreshAt:O})";
}
