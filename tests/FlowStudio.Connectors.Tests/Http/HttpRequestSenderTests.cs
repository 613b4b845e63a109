using System.Text.Json;
using FlowStudio.Connectors.Http;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Engine.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Connectors.Tests.Http;

/// <summary>The HTTP request node's sender against a real (in-process) HTTP server.</summary>
public sealed class HttpRequestSenderTests : IAsyncDisposable
{
    private const string Secret = "tok_live_5f1b2c9d8e";
    private readonly WebApplication api;
    private readonly ServiceProvider provider;
    private readonly Connections connections = new();

    public HttpRequestSenderTests()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        api = builder.Build();
        api.MapGet("/v1/echo", (HttpRequest r) => Results.Json(new
        {
            authorization = r.Headers.Authorization.ToString(),
            apiKey = r.Headers["X-Api-Key"].ToString(),
            custom = r.Headers["X-Custom"].ToString(),
        }));
        api.MapPost("/v1/invoices", async (HttpRequest r) =>
        {
            using var body = await JsonDocument.ParseAsync(r.Body);
            return Results.Json(new { received = body.RootElement.GetProperty("amount").GetDecimal(), key = r.Headers["Idempotency-Key"].ToString() }, statusCode: 201);
        });
        api.MapGet("/v1/busy", (HttpResponse r) =>
        {
            r.Headers.RetryAfter = "7";
            return Results.StatusCode(429);
        });
        api.MapGet("/v1/missing", () => Results.NotFound(new { message = "No such invoice" }));
        api.MapGet("/v1/broken", () => Results.StatusCode(503));
        api.MapGet("/v1/text", () => Results.Text("plain words"));
        api.MapGet("/v1/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return Results.Ok();
        });
        api.StartAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();

        var services = new ServiceCollection();
        services.AddSingleton<IConnectionResolver>(connections);
        services.AddHttpRequestNode();
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => api.GetTestServer().CreateHandler()));
        provider = services.BuildServiceProvider();
    }

    private IHttpRequestSender Sender => provider.GetRequiredService<IHttpRequestSender>();

    [Theory]
    [InlineData("bearer", "Bearer " + Secret, "")]
    [InlineData("header", "", Secret)]
    public async Task Connection_AddsItsAuthentication(string authType, string authorization, string apiKey)
    {
        connections.Add("conn_api", authType);

        var result = await Sender.SendAsync(Call("GET", "http://localhost/v1/echo", connection: "conn_api"), TestContext.Current.CancellationToken);

        var body = result.Output.ShouldNotBeNull().GetProperty("body");
        body.GetProperty("authorization").GetString().ShouldBe(authorization);
        body.GetProperty("apiKey").GetString().ShouldBe(apiKey);
        result.Output!.Value.GetProperty("status").GetInt32().ShouldBe(200);
    }

    [Fact]
    public async Task Connection_IsRefusedForUrlsOutsideItsBaseUrl_AndSendsNothing()
    {
        connections.Add("conn_api", "bearer");

        var result = await Sender.SendAsync(Call("GET", "http://localhost/v2/echo", connection: "conn_api"), TestContext.Current.CancellationToken);

        result.Failure.ShouldNotBeNull().Code.ShouldBe("http.connection_scope");
        result.Failure.Message.ShouldNotContain(Secret);
    }

    [Fact]
    public async Task Post_SendsJsonBodyDecimalExact_AndTheStepsIdempotencyKey()
    {
        var body = JsonDocument.Parse("""{"amount":1234.5678901234567890}""").RootElement;

        var result = await Sender.SendAsync(Call("POST", "http://localhost/v1/invoices", body: body), TestContext.Current.CancellationToken);

        var output = result.Output.ShouldNotBeNull();
        output.GetProperty("status").GetInt32().ShouldBe(201);
        output.GetProperty("body").GetProperty("received").GetDecimal().ShouldBe(1234.5678901234567890m);
        output.GetProperty("body").GetProperty("key").GetString().ShouldBe("run-1/post/0");
    }

    [Fact]
    public async Task TooManyRequests_IsTransient_WithRetryAfter()
    {
        var result = await Sender.SendAsync(Call("GET", "http://localhost/v1/busy"), TestContext.Current.CancellationToken);

        var failure = result.Failure.ShouldNotBeNull();
        failure.IsTransient.ShouldBeTrue();
        failure.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        failure.Code.ShouldBe("http.429");
    }

    [Fact]
    public async Task ServerError_IsTransient_NotFound_IsPermanentWithTheBody()
    {
        var broken = await Sender.SendAsync(Call("GET", "http://localhost/v1/broken"), TestContext.Current.CancellationToken);
        var missing = await Sender.SendAsync(Call("GET", "http://localhost/v1/missing"), TestContext.Current.CancellationToken);

        broken.Failure.ShouldNotBeNull().IsTransient.ShouldBeTrue();
        missing.Failure.ShouldNotBeNull().IsTransient.ShouldBeFalse();
        missing.Failure.Message.ShouldBe("""localhost answered HTTP 404 Not Found: {"message":"No such invoice"}""");
    }

    [Fact]
    public async Task Timeout_IsTransient()
    {
        var result = await Sender.SendAsync(Call("GET", "http://localhost/v1/slow", timeout: TimeSpan.FromMilliseconds(200)), TestContext.Current.CancellationToken);

        result.Failure.ShouldNotBeNull().Code.ShouldBe("http.timeout");
        result.Failure.IsTransient.ShouldBeTrue();
    }

    [Fact]
    public async Task NonJsonBody_IsReturnedAsText_AndHeadersAreCopied()
    {
        var result = await Sender.SendAsync(Call("GET", "http://localhost/v1/text", headers: new() { ["X-Custom"] = "1" }), TestContext.Current.CancellationToken);

        var output = result.Output.ShouldNotBeNull();
        output.GetProperty("body").GetString().ShouldBe("plain words");
        output.GetProperty("headers").GetProperty("content-type").GetString().ShouldStartWith("text/plain");
    }

    [Fact]
    public async Task UnknownConnection_FailsPermanently()
    {
        var result = await Sender.SendAsync(Call("GET", "http://localhost/v1/echo", connection: "conn_gone"), TestContext.Current.CancellationToken);

        result.Failure.ShouldNotBeNull().Code.ShouldBe("http.connection_not_found");
    }

    [Fact]
    public async Task TestConnection_ReportsReachableOrTheAnswer()
    {
        connections.Add("conn_api", "bearer", baseUrl: "http://localhost/v1/echo");
        connections.Add("conn_bad", "bearer", baseUrl: "http://localhost/v1/missing");
        var module = provider.GetServices<IConnectorModule>().Single(m => m.Connector == "http");

        var ok = await module.TestAsync((await connections.ResolveAsync("conn_api", TestContext.Current.CancellationToken))!, TestContext.Current.CancellationToken);
        var bad = await module.TestAsync((await connections.ResolveAsync("conn_bad", TestContext.Current.CancellationToken))!, TestContext.Current.CancellationToken);

        ok.Succeeded.ShouldBeTrue(ok.Message);
        bad.Succeeded.ShouldBeFalse();
        bad.Message.ShouldContain("404");
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await api.DisposeAsync();
    }

    private static HttpRequestCall Call(
        string method, string url, string? connection = null, JsonElement? body = null, Dictionary<string, string>? headers = null, TimeSpan? timeout = null) =>
        new(Guid.Empty, method.ToLowerInvariant(), method, new Uri(url), headers ?? [], body, connection, timeout, $"run-1/{method.ToLowerInvariant()}/0");

    private sealed class Connections : IConnectionResolver
    {
        private readonly Dictionary<string, ResolvedConnection> _all = [];

        public void Add(string id, string authType, string baseUrl = "http://localhost/v1/") => _all[id] = new ResolvedConnection(
            id, id, "http", false,
            new Dictionary<string, string> { ["baseUrl"] = baseUrl, ["authType"] = authType, ["headerName"] = "X-Api-Key" },
            new Dictionary<string, string> { ["token"] = Secret, ["headerValue"] = Secret });

        public Task<ResolvedConnection?> ResolveAsync(string connectionId, CancellationToken cancellationToken) =>
            Task.FromResult(_all.GetValueOrDefault(connectionId));
    }
}
