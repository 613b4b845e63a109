using FlowStudio.Connectors.HubSpot;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Tests.Stripe.Support;
using FlowStudio.Sandbox.HubSpot;

namespace FlowStudio.Connectors.Tests.HubSpot;

/// <summary>The HubSpot sandbox and the real HubSpot connector (search pages of 2, fast retries).</summary>
public sealed class HubSpotFixture : IAsyncLifetime
{
    public SandboxApp Sandbox { get; private set; } = null!;

    public ConnectorHarness Harness { get; private set; } = null!;

    public static ResolvedConnection Connection(string? token = null) => ConnectorHarness.SandboxConnection(
        HubSpotOperations.Connector,
        new Dictionary<string, string>(),
        new Dictionary<string, string> { [HubSpotConnectionSettings.AccessToken] = token ?? HubSpotSandboxDemo.AccessToken });

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxApp.StartAsync((services, path) => services.AddHubSpotSandbox(o => o.DatabasePath = path), (routes, policy) => routes.MapHubSpotSandbox(policy));
        Harness = new ConnectorHarness(Sandbox, services => services.AddHubSpotConnector(o =>
        {
            o.PageSize = 2;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.MaxRetryAttempts = 3;
        }));
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
