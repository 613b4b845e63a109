using System.Collections.Concurrent;
using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Engine.Contracts;
using FlowStudio.Sandbox.ZohoBooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>
/// The Zoho Books module as the app registers it (client, module, connector runtime), with a fake connection
/// store holding a sandbox connection, pointed at the sandbox TestServer by handler only.
/// </summary>
public sealed class ZohoModuleHarness : IAsyncDisposable
{
    public const string ConnectionId = "conn-zoho-sandbox";

    private readonly ServiceProvider provider;

    public ZohoModuleHarness(SandboxServer sandbox, Action<ZohoBooksOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddZohoBooksConnector(o =>
        {
            o.Connection = ZohoClientHarness.SandboxConnection();
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.MaxRetryAttempts = 2;
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.TotalTimeout = TimeSpan.FromSeconds(60);
            configure?.Invoke(o);
        });
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(Calls) { InnerHandler = sandbox.Server.CreateHandler() }));
        services.AddConnectorModule<ZohoBooksModule>();
        services.AddSingleton<IConnectionResolver>(Connections);
        services.AddConnectorRuntime();
        provider = services.BuildServiceProvider();
        Connections.Add(SandboxConnection());
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public FakeConnectionResolver Connections { get; } = new();

    public ZohoBooksModule Module => (ZohoBooksModule)provider.GetServices<IConnectorModule>().Single();

    public ConnectorInvoker Invoker => provider.GetRequiredService<ConnectorInvoker>();

    public IItemStreamSource Streams => provider.GetRequiredService<IItemStreamSource>();

    /// <summary>A client on the same sandbox organisation, to set up data and check what the module did.</summary>
    public ZohoBooksClient Client => provider.GetRequiredService<ZohoBooksClient>();

    public IReadOnlyList<RecordedCall> ApiCalls => [.. Calls.Where(c => !c.IsTokenRequest)];

    /// <summary>The sandbox connection as the resolver hands it out: settings, decrypted secrets, the app's address.</summary>
    public static ResolvedConnection SandboxConnection(
        string id = ConnectionId,
        string? organizationId = null,
        string? clientId = null,
        string? clientSecret = null,
        string? refreshToken = null) =>
        new(
            id,
            "Zoho Books sandbox",
            "zoho-books",
            IsSandbox: true,
            new Dictionary<string, string>
            {
                [ZohoBooksConnectionSettings.DataCenter] = "com",
                [ZohoBooksConnectionSettings.ClientId] = clientId ?? ZohoSandboxDemo.ClientId,
                [ZohoBooksConnectionSettings.OrganizationId] = organizationId ?? ZohoSandboxDemo.OrganizationId,
            },
            new Dictionary<string, string>
            {
                [ZohoBooksConnectionSettings.ClientSecret] = clientSecret ?? ZohoSandboxDemo.ClientSecret,
                [ZohoBooksConnectionSettings.RefreshToken] = refreshToken ?? ZohoSandboxDemo.RefreshToken,
            })
        {
            SandboxBaseUrl = new Uri("http://localhost/"),
        };

    public static JsonElement Json(object input) => input as JsonElement? ?? JsonSerializer.SerializeToElement(input);

    public static ConnectorCall Call(string operation, object input, string? idempotencyKey = null, string? connection = ConnectionId) =>
        new(Guid.NewGuid(), "node-1", connection, "zoho-books." + operation, Json(input), idempotencyKey ?? Guid.NewGuid().ToString("N"), 1);

    /// <summary>Runs <paramref name="operation"/> (without the <c>zoho-books.</c> prefix) through the module.</summary>
    public Task<CallResult> InvokeAsync(string operation, object input, string? idempotencyKey = null) =>
        Module.InvokeAsync(Call(operation, input, idempotencyKey), SandboxConnection(), TestContext.Current.CancellationToken);

    /// <summary>Like <see cref="InvokeAsync"/>, failing the test with the step error when the call fails.</summary>
    public async Task<JsonElement> OutputAsync(string operation, object input, string? idempotencyKey = null)
    {
        var result = await InvokeAsync(operation, input, idempotencyKey);
        result.Failure.ShouldBeNull($"{operation} failed: {result.Failure?.Message}");
        return result.Output!.Value;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
