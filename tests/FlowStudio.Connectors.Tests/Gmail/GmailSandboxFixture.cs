using FlowStudio.Connectors.Gmail;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Gmail;

namespace FlowStudio.Connectors.Tests.Gmail;

/// <summary>The Gmail sandbox and the Gmail connector wired to it, once per test class.</summary>
public sealed class GmailSandboxFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public GmailConnectorModule Module => Host.Module<GmailConnectorModule>();

    public static ResolvedConnection Connection(string refreshToken = GmailSandboxDemo.RefreshToken) => SandboxHost.SandboxConnection(
        GmailConnectionSettings.Connector,
        new Dictionary<string, string>
        {
            [GmailConnectionSettings.ClientId] = GmailSandboxDemo.ClientId,
            [GmailConnectionSettings.FromAddress] = GmailSandboxDemo.EmailAddress,
            [GmailConnectionSettings.FromName] = "Démo Finance",
        },
        new Dictionary<string, string>
        {
            [GmailConnectionSettings.ClientSecret] = GmailSandboxDemo.ClientSecret,
            [GmailConnectionSettings.RefreshToken] = refreshToken,
        });

    public async ValueTask InitializeAsync() => Host = await SandboxHost.StartAsync(
        (services, data) => services.AddGmailSandbox(o => o.DatabasePath = Path.Combine(data, "gmail.db")),
        (routes, policy) => routes.MapGmailSandbox(policy),
        services => services.AddGmailConnector(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(5)));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
