namespace FlowStudio.Connectors.ZohoBooks.Auth;

/// <summary>What an authorization code was exchanged for, or why it was not. <see cref="ToString"/> hides the token.</summary>
public sealed record ZohoCodeGrant(string? RefreshToken, Uri? ApiDomain, string? Error)
{
    public bool Succeeded => Error is null && RefreshToken is not null;

    public static ZohoCodeGrant Failed(string error) => new(null, null, error);

    public override string ToString() => Succeeded ? $"Zoho code grant (refresh token ***, api {ApiDomain})" : $"Zoho code grant failed: {Error}";
}
