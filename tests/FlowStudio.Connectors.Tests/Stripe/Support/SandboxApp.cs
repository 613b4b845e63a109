using System.Net.Http.Json;
using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Tests.Stripe.Support;

/// <summary>One of the payments/commerce/CRM sandboxes on an in-process TestServer over its own temp SQLite file.</summary>
public sealed class SandboxApp : IAsyncDisposable
{
    public const string AdminPolicy = "SandboxAdmin";

    private readonly WebApplication app;
    private readonly TempDatabase database;

    private SandboxApp(WebApplication app, TempDatabase database)
    {
        this.app = app;
        this.database = database;
        Admin = app.GetTestClient();
        Admin.DefaultRequestHeaders.Add(TestAdminAuthHandler.Header, "yes");
    }

    public TestServer Server => app.GetTestServer();

    /// <summary>Signed in as a sandbox admin.</summary>
    public HttpClient Admin { get; }

    public static readonly Uri BaseAddress = new("http://localhost/");

    public static async Task<SandboxApp> StartAsync(Action<IServiceCollection, string> addSandbox, Action<IEndpointRouteBuilder, string> mapSandbox)
    {
        ArgumentNullException.ThrowIfNull(addSandbox);
        ArgumentNullException.ThrowIfNull(mapSandbox);
        var database = new TempDatabase();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(TestAdminAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAdminAuthHandler>(TestAdminAuthHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireRole("Admin"));
        addSandbox(builder.Services, database.Path);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        mapSandbox(app, AdminPolicy);
        await app.StartAsync();
        return new SandboxApp(app, database);
    }

    public async Task SetFaultsAsync(string system, object faults)
    {
        using var response = await Admin.PutAsJsonAsync(new Uri($"/sandbox/{system}/_admin/faults", UriKind.Relative), faults, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        database.Dispose();
    }
}
