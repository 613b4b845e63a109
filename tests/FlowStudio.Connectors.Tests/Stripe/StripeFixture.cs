using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Stripe;
using FlowStudio.Connectors.Tests.Stripe.Support;
using FlowStudio.Sandbox.Stripe;

namespace FlowStudio.Connectors.Tests.Stripe;

/// <summary>The Stripe sandbox and the real Stripe connector (page size 2, fast retries) per test class.</summary>
public sealed class StripeFixture : IAsyncLifetime
{
    public SandboxApp Sandbox { get; private set; } = null!;

    public ConnectorHarness Harness { get; private set; } = null!;

    public static ResolvedConnection Connection(string? secretKey = null) => ConnectorHarness.SandboxConnection(
        StripeOperations.Connector,
        new Dictionary<string, string>(),
        new Dictionary<string, string> { [StripeConnectionSettings.SecretKey] = secretKey ?? StripeSandboxDemo.SecretKey });

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxApp.StartAsync((services, path) => services.AddStripeSandbox(o => o.DatabasePath = path), (routes, policy) => routes.MapStripeSandbox(policy));
        Harness = new ConnectorHarness(Sandbox, services => services.AddStripeConnector(o =>
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
