using System.Collections.Concurrent;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Sandbox.ZohoBooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>
/// The real connector registration, pointed at the sandbox by base URL and handler only. Tests get fast retries
/// and short timeouts; everything else is production behaviour.
/// </summary>
public sealed class ZohoClientHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public ZohoClientHarness(SandboxServer sandbox, Action<ZohoBooksOptions>? configure = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddZohoBooksConnector(o =>
        {
            o.Connection = SandboxConnection();
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.MaxRetryAttempts = 3;
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.TotalTimeout = TimeSpan.FromSeconds(60);
            configure?.Invoke(o);
        });
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(Calls) { InnerHandler = sandbox.Server.CreateHandler() }));
        provider = services.BuildServiceProvider();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public ZohoBooksClient Client => provider.GetRequiredService<ZohoBooksClient>();

    public ZohoBooksClientFactory Factory => provider.GetRequiredService<ZohoBooksClientFactory>();

    public int TokenRequests => Calls.Count(c => c.IsTokenRequest);

    public IReadOnlyList<RecordedCall> ApiCalls => [.. Calls.Where(c => !c.IsTokenRequest)];

    public static ZohoBooksConnection SandboxConnection(string? organizationId = null) => new()
    {
        ClientId = ZohoSandboxDemo.ClientId,
        ClientSecret = ZohoSandboxDemo.ClientSecret,
        RefreshToken = ZohoSandboxDemo.RefreshToken,
        OrganizationId = organizationId ?? ZohoSandboxDemo.OrganizationId,
        AccountsUrl = new Uri("http://localhost" + ZohoSandboxDemo.AccountsPath),
    };

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
