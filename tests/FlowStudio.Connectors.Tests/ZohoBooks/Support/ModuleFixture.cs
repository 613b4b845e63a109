namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>One sandbox and one module harness per test class.</summary>
public sealed class ModuleFixture : IAsyncLifetime
{
    public SandboxServer Sandbox { get; private set; } = null!;

    public ZohoModuleHarness Harness { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync();
        Harness = new ZohoModuleHarness(Sandbox);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
