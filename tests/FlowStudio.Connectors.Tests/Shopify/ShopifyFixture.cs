using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Shopify;
using FlowStudio.Connectors.Tests.Stripe.Support;
using FlowStudio.Sandbox.Shopify;

namespace FlowStudio.Connectors.Tests.Shopify;

/// <summary>The Shopify sandbox and the real Shopify connector (page size 3, fast retries).</summary>
public sealed class ShopifyFixture : IAsyncLifetime
{
    public SandboxApp Sandbox { get; private set; } = null!;

    public ConnectorHarness Harness { get; private set; } = null!;

    public static ResolvedConnection Connection(string? token = null) => ConnectorHarness.SandboxConnection(
        ShopifyOperations.Connector,
        new Dictionary<string, string> { [ShopifyConnectionSettings.ShopDomain] = ShopifySandboxDemo.ShopDomain },
        new Dictionary<string, string> { [ShopifyConnectionSettings.AccessToken] = token ?? ShopifySandboxDemo.AccessToken });

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxApp.StartAsync((services, path) => services.AddShopifySandbox(o => o.DatabasePath = path), (routes, policy) => routes.MapShopifySandbox(policy));
        Harness = new ConnectorHarness(Sandbox, services => services.AddShopifyConnector(o =>
        {
            o.PageSize = 3;
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
