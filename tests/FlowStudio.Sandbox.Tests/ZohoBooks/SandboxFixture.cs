namespace FlowStudio.Sandbox.Tests.ZohoBooks;

/// <summary>One sandbox per test class, on its own temp SQLite file.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private readonly TempDatabase database = new();

    public SandboxHost Host { get; private set; } = null!;

    public ZohoTestClient Api => Host.Api;

    public TestClock Clock => Host.Clock;

    public async ValueTask InitializeAsync() => Host = await SandboxHost.StartAsync(database.Path);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        database.Dispose();
    }
}
