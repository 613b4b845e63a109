using FlowStudio.Connectors.GoogleSheets;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.GoogleSheets;

namespace FlowStudio.Connectors.Tests.GoogleSheets;

/// <summary>The Google Sheets sandbox and the Sheets connector wired to it, once per test class.</summary>
public sealed class GoogleSheetsSandboxFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public GoogleSheetsConnectorModule Module => Host.Module<GoogleSheetsConnectorModule>();

    public static ResolvedConnection Connection(string refreshToken = GoogleSheetsSandboxDemo.RefreshToken, string? defaultSpreadsheet = null) => SandboxHost.SandboxConnection(
        GoogleSheetsConnectionSettings.Connector,
        new Dictionary<string, string>
        {
            [GoogleSheetsConnectionSettings.ClientId] = GoogleSheetsSandboxDemo.ClientId,
            [GoogleSheetsConnectionSettings.DefaultSpreadsheetId] = defaultSpreadsheet ?? string.Empty,
        },
        new Dictionary<string, string>
        {
            [GoogleSheetsConnectionSettings.ClientSecret] = GoogleSheetsSandboxDemo.ClientSecret,
            [GoogleSheetsConnectionSettings.RefreshToken] = refreshToken,
        });

    public async ValueTask InitializeAsync() => Host = await SandboxHost.StartAsync(
        (services, data) => services.AddGoogleSheetsSandbox(o => o.DatabasePath = Path.Combine(data, "sheets.db")),
        (routes, policy) => routes.MapGoogleSheetsSandbox(policy),
        services => services.AddGoogleSheetsConnector(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(5)));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
