namespace FlowStudio.Connectors.Google;

/// <summary>An OAuth client and a user's refresh token for Google APIs. <see cref="ToString"/> masks the secrets.</summary>
public sealed record GoogleOAuthCredentials(string ClientId, string ClientSecret, string RefreshToken, Uri TokenUrl)
{
    public static readonly Uri DefaultTokenUrl = new("https://oauth2.googleapis.com/token");

    /// <summary>Identifies the token cache entry without holding the secrets.</summary>
    internal string CacheKey => $"{TokenUrl}|{ClientId}|{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ClientSecret + "\n" + RefreshToken)))[..16]}";

    /// <exception cref="InvalidOperationException">A part is missing.</exception>
    public void Validate(string system)
    {
        string[] missing =
        [
            .. string.IsNullOrWhiteSpace(ClientId) ? ["client id"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(ClientSecret) ? ["client secret"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(RefreshToken) ? ["refresh token"] : Array.Empty<string>(),
        ];
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"The {system} connection is missing its {string.Join(", ", missing)}.");
        }
    }

    public override string ToString() => $"Google OAuth (client {ClientId}, secret ***, refresh token ***, token URL {TokenUrl})";
}
