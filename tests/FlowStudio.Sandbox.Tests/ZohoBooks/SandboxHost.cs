using FlowStudio.Sandbox.ZohoBooks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

/// <summary>The sandbox mounted in a real WebApplication on an in-process TestServer, over a given SQLite file.</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    public const string AdminPolicy = "SandboxAdmin";

    private readonly WebApplication app;

    private SandboxHost(WebApplication app, TestClock clock)
    {
        this.app = app;
        Clock = clock;
        Api = new ZohoTestClient(app.GetTestClient());
    }

    public TestClock Clock { get; }

    public ZohoTestClient Api { get; }

    public static async Task<SandboxHost> StartAsync(string databasePath, TestClock? clock = null, Action<ZohoSandboxOptions>? configure = null)
    {
        clock ??= new TestClock();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddAuthentication(TestAdminAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAdminAuthHandler>(TestAdminAuthHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireRole("Admin"));
        builder.Services.AddZohoBooksSandbox(o =>
        {
            o.DatabasePath = databasePath;
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapZohoBooksSandbox(AdminPolicy);
        await app.StartAsync();
        return new SandboxHost(app, clock);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
