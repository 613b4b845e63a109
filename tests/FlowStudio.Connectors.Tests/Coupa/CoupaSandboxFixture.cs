using FlowStudio.Connectors.Coupa;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Coupa;

namespace FlowStudio.Connectors.Tests.Coupa;

/// <summary>The Coupa sandbox and the connector wired to it; the client reads pages of 10 so offset paging shows with 36 suppliers.</summary>
public sealed class CoupaSandboxFixture : IAsyncLifetime
{
    public const int PageSize = 10;

    public SandboxHost Host { get; private set; } = null!;

    public CoupaConnectorModule Module => Host.Module<CoupaConnectorModule>();

    public static ResolvedConnection Connection(string secret = CoupaSandboxDemo.ClientSecret, string scopes = CoupaConnectionSettings.DefaultScopes) => SandboxHost.SandboxConnection(
        CoupaConnectionSettings.Connector,
        new Dictionary<string, string> { [CoupaConnectionSettings.ClientId] = CoupaSandboxDemo.ClientId, [CoupaConnectionSettings.Scopes] = scopes },
        new Dictionary<string, string> { [CoupaConnectionSettings.ClientSecret] = secret });

    public static ResolvedConnection ApiKeyConnection(string apiKey = CoupaSandboxDemo.ApiKey) => SandboxHost.SandboxConnection(
        CoupaConnectionSettings.Connector,
        new Dictionary<string, string>(),
        new Dictionary<string, string> { [CoupaConnectionSettings.ApiKey] = apiKey });

    public async ValueTask InitializeAsync() => Host = await SandboxHost.StartAsync(
        (services, data) => services.AddCoupaSandbox(o => o.DatabasePath = Path.Combine(data, "coupa.db")),
        (routes, policy) => routes.MapCoupaSandbox(policy),
        services => services.AddCoupaConnector(o =>
        {
            o.PageSize = PageSize;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
        }));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
