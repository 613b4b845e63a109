using System.Collections.Concurrent;
using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Engine.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Tests.Stripe.Support;

/// <summary>
/// The real connector registration and module, pointed at a sandbox by its base address and handler only.
/// Tests get fast retries; everything else is production behaviour.
/// </summary>
public sealed class ConnectorHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public ConnectorHarness(SandboxApp sandbox, Action<IServiceCollection> addConnector)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(addConnector);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        addConnector(services);
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(Calls) { InnerHandler = sandbox.Server.CreateHandler() }));
        provider = services.BuildServiceProvider();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public IServiceProvider Services => provider;

    public IConnectorModule Module(string connector) => provider.GetServices<IConnectorModule>().Single(m => m.Connector == connector);

    public static ResolvedConnection SandboxConnection(string connector, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string> secrets) =>
        new("conn-" + connector, connector + " sandbox", connector, true, settings, secrets) { SandboxBaseUrl = SandboxApp.BaseAddress };

    public Task<CallResult> InvokeAsync(ResolvedConnection connection, string operation, object input, string? idempotencyKey = null) =>
        Module(connection.Connector).InvokeAsync(
            new ConnectorCall(Guid.NewGuid(), "node-1", connection.Id, operation, JsonSerializer.SerializeToElement(input), idempotencyKey ?? Guid.NewGuid().ToString("N"), 1),
            connection,
            TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
