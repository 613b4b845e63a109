using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Engine.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Tests.SandboxSupport;

/// <summary>
/// One sandbox on an in-process TestServer over a temp data folder, and the real connector registration pointed
/// at it by base address and primary handler only: what the app does for a sandbox connection.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    public const string AdminPolicy = "SandboxAdmin";
    public static readonly Uri BaseUrl = new("http://localhost/");

    private readonly WebApplication app;
    private readonly ServiceProvider connectors;

    private SandboxHost(WebApplication app, string dataDirectory, Action<IServiceCollection> registerConnector)
    {
        this.app = app;
        DataDirectory = dataDirectory;
        Admin = app.GetTestClient();
        Admin.DefaultRequestHeaders.Add(TestAdminAuthHandler.Header, "yes");
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton(TimeProvider.System);
        registerConnector(services);
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(Calls) { InnerHandler = Server.CreateHandler() }));
        connectors = services.BuildServiceProvider();
    }

    public string DataDirectory { get; }

    public TestServer Server => app.GetTestServer();

    /// <summary>Signed in as an admin of the app (the sandbox's <c>_admin</c> endpoints need it).</summary>
    public HttpClient Admin { get; }

    public IServiceProvider SandboxServices => app.Services;

    public IServiceProvider Connectors => connectors;

    public CapturingLoggerProvider Logs { get; } = new();

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public static async Task<SandboxHost> StartAsync(
        Action<IServiceCollection, string> addSandbox,
        Action<IEndpointRouteBuilder, string> mapSandbox,
        Action<IServiceCollection> registerConnector)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "fs-sandbox-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(TestAdminAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAdminAuthHandler>(TestAdminAuthHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireRole("Admin"));
        addSandbox(builder.Services, dataDirectory);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        mapSandbox(app, AdminPolicy);
        await app.StartAsync();
        return new SandboxHost(app, dataDirectory, registerConnector);
    }

    public T Module<T>()
        where T : IConnectorModule => connectors.GetServices<IConnectorModule>().OfType<T>().Single();

    public static ResolvedConnection SandboxConnection(string connector, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string> secrets) =>
        new("conn-" + connector, connector + " sandbox", connector, IsSandbox: true, settings, secrets) { SandboxBaseUrl = BaseUrl };

    public static ConnectorCall Call(string operation, object input, string idempotencyKey = "run1:node1:0") =>
        new(Guid.NewGuid(), "node1", "conn", operation, JsonSerializer.SerializeToElement(input), idempotencyKey, 1);

    public async Task<JsonElement> AdminGetAsync(string path)
    {
        using var response = await Admin.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).Clone();
    }

    public async Task AdminSendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Admin.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await connectors.DisposeAsync();
        Admin.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner.
        }
    }
}
