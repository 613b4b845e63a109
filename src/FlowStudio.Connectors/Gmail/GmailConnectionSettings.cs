using FlowStudio.Connectors.Google;
using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.Gmail;

/// <summary>The keys a stored Gmail connection keeps; a sandbox connection points token and API at <c>sandbox/gmail/</c>.</summary>
public static class GmailConnectionSettings
{
    public const string Connector = "gmail";

    public const string ClientId = "clientId";
    public const string FromAddress = "fromAddress";
    public const string FromName = "fromName";

    /// <summary>Secret.</summary>
    public const string ClientSecret = "clientSecret";

    /// <summary>Secret.</summary>
    public const string RefreshToken = "refreshToken";

    public const string SandboxTokenPath = "sandbox/gmail/token";

    public const string SandboxApiPath = "sandbox/gmail/";

    /// <exception cref="InvalidOperationException">A credential or the sender address is missing.</exception>
    public static GmailConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var tokenUrl = GoogleOAuthCredentials.DefaultTokenUrl;
        var apiBase = new Uri("https://gmail.googleapis.com/");
        if (connection.IsSandbox)
        {
            var baseUrl = connection.SandboxBaseUrl ?? throw new InvalidOperationException($"{connection} has no sandbox address.");
            tokenUrl = new Uri(baseUrl, SandboxTokenPath);
            apiBase = new Uri(baseUrl, SandboxApiPath);
        }

        var credentials = new GoogleOAuthCredentials(
            connection.Setting(ClientId) ?? string.Empty,
            connection.Secret(ClientSecret) ?? string.Empty,
            connection.Secret(RefreshToken) ?? string.Empty,
            tokenUrl);
        credentials.Validate("Gmail");
        var from = connection.Setting(FromAddress);
        if (string.IsNullOrWhiteSpace(from))
        {
            throw new InvalidOperationException("The Gmail connection has no sender address.");
        }

        return new GmailConnection { Credentials = credentials, ApiBaseUrl = apiBase, FromAddress = from.Trim(), FromName = connection.Setting(FromName) };
    }
}
