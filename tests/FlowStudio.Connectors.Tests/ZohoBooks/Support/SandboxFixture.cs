namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>One sandbox and one client per test class.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SandboxServer Sandbox { get; private set; } = null!;

    public ZohoClientHarness Harness { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync();
        Harness = new ZohoClientHarness(Sandbox);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
