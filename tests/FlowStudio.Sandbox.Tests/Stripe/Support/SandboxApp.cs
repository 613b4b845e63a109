using System.Net.Http.Json;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Tests.ZohoBooks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Sandbox.Tests.Stripe.Support;

/// <summary>
/// A sandbox in a real WebApplication on an in-process TestServer over its own temp SQLite file, with a
/// recording hook endpoint at <c>/test-hooks/{name}</c> that the emitters can deliver to.
/// </summary>
public sealed class SandboxApp : IAsyncDisposable
{
    public const string AdminPolicy = "SandboxAdmin";
    public const string HookUrl = "http://localhost/test-hooks/flow-1";

    private readonly WebApplication app;
    private readonly TempDatabase database;

    private SandboxApp(WebApplication app, TempDatabase database, HookRecorder hooks)
    {
        this.app = app;
        this.database = database;
        Hooks = hooks;
        Client = app.GetTestClient();
        Admin = app.GetTestClient();
        Admin.DefaultRequestHeaders.Add(TestAdminAuthHandler.Header, "yes");
    }

    public HookRecorder Hooks { get; }

    /// <summary>Anonymous, as an API client is to ASP.NET Core.</summary>
    public HttpClient Client { get; }

    /// <summary>Signed in as a sandbox admin.</summary>
    public HttpClient Admin { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<SandboxApp> StartAsync(Action<IServiceCollection, string> addSandbox, Action<IEndpointRouteBuilder, string> mapSandbox)
    {
        ArgumentNullException.ThrowIfNull(addSandbox);
        ArgumentNullException.ThrowIfNull(mapSandbox);
        var database = new TempDatabase();
        var hooks = new HookRecorder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(TestAdminAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAdminAuthHandler>(TestAdminAuthHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireRole("Admin"));
        addSandbox(builder.Services, database.Path);
        builder.Services.AddHttpClient(WebhookSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => ((TestServer)sp.GetRequiredService<IServer>()).CreateHandler());
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        mapSandbox(app, AdminPolicy);
        app.MapPost("/test-hooks/{name}", (Microsoft.AspNetCore.Http.HttpRequest request) => hooks.ReceiveAsync(request)).AllowAnonymous();
        await app.StartAsync();
        return new SandboxApp(app, database, hooks);
    }

    public async Task<T> AdminPostAsync<T>(string path, object body)
    {
        using var response = await Admin.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Admin.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        database.Dispose();
    }
}
