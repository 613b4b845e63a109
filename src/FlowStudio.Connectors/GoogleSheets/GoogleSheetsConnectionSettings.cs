using FlowStudio.Connectors.Google;
using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>The keys a stored Google Sheets connection keeps; a sandbox connection points token and API at <c>sandbox/sheets/</c>.</summary>
public static class GoogleSheetsConnectionSettings
{
    public const string Connector = "google-sheets";

    public const string ClientId = "clientId";
    public const string DefaultSpreadsheetId = "defaultSpreadsheetId";

    /// <summary>Secret.</summary>
    public const string ClientSecret = "clientSecret";

    /// <summary>Secret.</summary>
    public const string RefreshToken = "refreshToken";

    public const string SandboxTokenPath = "sandbox/sheets/token";

    public const string SandboxApiPath = "sandbox/sheets/";

    /// <exception cref="InvalidOperationException">A credential is missing.</exception>
    public static GoogleSheetsConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var tokenUrl = GoogleOAuthCredentials.DefaultTokenUrl;
        var apiBase = new Uri("https://sheets.googleapis.com/");
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
        credentials.Validate("Google Sheets");
        var spreadsheet = connection.Setting(DefaultSpreadsheetId);
        return new GoogleSheetsConnection
        {
            Credentials = credentials,
            ApiBaseUrl = apiBase,
            DefaultSpreadsheetId = string.IsNullOrWhiteSpace(spreadsheet) ? null : spreadsheet.Trim(),
        };
    }
}
