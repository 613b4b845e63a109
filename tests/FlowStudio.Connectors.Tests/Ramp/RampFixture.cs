using FlowStudio.Connectors.Ramp;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Tests.Stripe.Support;
using FlowStudio.Sandbox.Ramp;

namespace FlowStudio.Connectors.Tests.Ramp;

/// <summary>The Ramp sandbox and the real Ramp connector (pages of 4, fast retries).</summary>
public sealed class RampFixture : IAsyncLifetime
{
    public SandboxApp Sandbox { get; private set; } = null!;

    public ConnectorHarness Harness { get; private set; } = null!;

    public static ResolvedConnection Connection(string? secret = null, string? scopes = null) => ConnectorHarness.SandboxConnection(
        RampOperations.Connector,
        scopes is null
            ? new Dictionary<string, string> { [RampConnectionSettings.ClientId] = RampSandboxDemo.ClientId }
            : new Dictionary<string, string> { [RampConnectionSettings.ClientId] = RampSandboxDemo.ClientId, [RampConnectionSettings.Scopes] = scopes },
        new Dictionary<string, string> { [RampConnectionSettings.ClientSecret] = secret ?? RampSandboxDemo.ClientSecret });

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxApp.StartAsync((services, path) => services.AddRampSandbox(o => o.DatabasePath = path), (routes, policy) => routes.MapRampSandbox(policy));
        Harness = new ConnectorHarness(Sandbox, services => services.AddRampConnector(o =>
        {
            o.PageSize = 4;
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
