using System.Net.Http.Json;
using FlowStudio.Sandbox.ZohoBooks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>The Zoho Books sandbox on an in-process TestServer over its own temp SQLite file.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    public const string AdminPolicy = "SandboxAdmin";

    private readonly WebApplication app;
    private readonly TempDatabase database;

    private SandboxServer(WebApplication app, TempDatabase database, TestClock clock)
    {
        this.app = app;
        this.database = database;
        Clock = clock;
        Admin = app.GetTestClient();
    }

    public TestClock Clock { get; }

    public TestServer Server => app.GetTestServer();

    public HttpClient Admin { get; }

    public static async Task<SandboxServer> StartAsync(Action<ZohoSandboxOptions>? configure = null)
    {
        var database = new TempDatabase();
        var clock = new TestClock();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddAuthentication(TestAdminAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAdminAuthHandler>(TestAdminAuthHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireRole("Admin"));
        builder.Services.AddZohoBooksSandbox(o =>
        {
            o.DatabasePath = database.Path;
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapZohoBooksSandbox(AdminPolicy);
        await app.StartAsync();
        return new SandboxServer(app, database, clock);
    }

    /// <summary>Sets the sandbox's injected faults (snake_case body, as its admin API expects).</summary>
    public async Task SetFaultsAsync(object faults)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/sandbox/zoho/_admin/faults", UriKind.Relative))
        {
            Content = JsonContent.Create(faults),
        };
        request.Headers.Add(TestAdminAuthHandler.Header, "yes");
        using var response = await Admin.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public Task ClearFaultsAsync() => SetFaultsAsync(new { });

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        database.Dispose();
    }
}
