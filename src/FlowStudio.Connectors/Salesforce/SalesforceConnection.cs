namespace FlowStudio.Connectors.Salesforce;

/// <summary>
/// A connected app and a user's refresh token for one org. The API base is not configured: it is the
/// <c>instance_url</c> of each token response. <see cref="ToString"/> masks the secrets.
/// </summary>
public sealed record SalesforceConnection(Uri LoginUrl, string ClientId, string ClientSecret, string RefreshToken, string ApiVersion)
{
    public static readonly Uri Production = new("https://login.salesforce.com/");

    /// <summary>Identifies the token cache entry without holding the secrets.</summary>
    internal string CacheKey => $"{LoginUrl}|{ClientId}|{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ClientSecret + "\n" + RefreshToken)))[..16]}";

    public override string ToString() => $"Salesforce (login {LoginUrl}, client {ClientId}, secret ***, refresh token ***, API {ApiVersion})";
}
