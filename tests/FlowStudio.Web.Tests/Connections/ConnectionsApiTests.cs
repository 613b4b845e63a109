using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FlowStudio.Core.Auditing;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Connections;

public sealed class ConnectionsApiTests(ConnectionsAppFactory app) : IClassFixture<ConnectionsAppFactory>
{
    private static readonly AuditActor Admin = new(null, FlowStudioAppFactory.AdminEmail, null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ConnectionDetails> CreateAsync(string name, string apiKey)
    {
        var result = await app.Services.GetRequiredService<ConnectionStore>().CreateAsync(new NewConnection(
            name, LedgerTestModule.Key,
            new Dictionary<string, string> { ["account"] = "ACC-77" },
            new Dictionary<string, string> { ["apiKey"] = apiKey }), Admin, Ct);
        result.Succeeded.ShouldBeTrue(result.Message);
        return result.Connection!;
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, email, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task ListAndGet_Designer_ShowSecretNamesButNeverValues()
    {
        var connection = await CreateAsync("Api ledger", LedgerTestModule.GoodApiKey);
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");

        var list = await client.GetStringAsync(new Uri("/api/v1/connections", UriKind.Relative), Ct);
        var one = await client.GetStringAsync(new Uri($"/api/v1/connections/{connection.Id}", UriKind.Relative), Ct);

        list.ShouldContain(connection.Id);
        list.ShouldNotContain(LedgerTestModule.GoodApiKey);
        one.ShouldNotContain(LedgerTestModule.GoodApiKey);
        using var json = JsonDocument.Parse(one);
        json.RootElement.GetProperty("name").GetString().ShouldBe("Api ledger");
        json.RootElement.GetProperty("secretsSet").EnumerateArray().Select(e => e.GetString()).ShouldBe(["apiKey"]);
        json.RootElement.GetProperty("settings").GetProperty("account").GetString().ShouldBe("ACC-77");
    }

    [Fact]
    public async Task Test_GoodAndBadKey_AnswersAndRecordsWithoutSecrets()
    {
        var good = await CreateAsync("Good ledger", LedgerTestModule.GoodApiKey);
        var bad = await CreateAsync("Bad ledger", "not-the-key-123456");
        using var client = await SignedInAsync(FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword);

        var passed = await client.PostAsync(new Uri($"/api/v1/connections/{good.Id}/test", UriKind.Relative), null, Ct);
        var failed = await client.PostAsync(new Uri($"/api/v1/connections/{bad.Id}/test", UriKind.Relative), null, Ct);

        passed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await passed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("message").GetString().ShouldBe("Reached ledger account ACC-77.");
        var failedBody = await failed.Content.ReadAsStringAsync(Ct);
        failedBody.ShouldContain("\"succeeded\":false");
        failedBody.ShouldNotContain("not-the-key-123456");
        (await app.Services.GetRequiredService<ConnectionStore>().GetAsync(bad.Id, Ct))!.LastTest!.Succeeded.ShouldBeFalse();
        var audit = await app.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.ConnectionTested), Ct);
        audit.Items.ShouldContain(e => e.TargetId == good.Id && e.ActorName == FlowStudioAppFactory.AdminEmail);
    }

    [Fact]
    public async Task Get_UnknownId_IsProblemJson404()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");

        var response = await client.GetAsync(new Uri("/api/v1/connections/conn_nothinghere0", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("No connection with id 'conn_nothinghere0'.");
    }

    [Theory]
    [InlineData("reviewer@flowstudio.local", "Reviewer-Demo-2026")]
    [InlineData("viewer@flowstudio.local", "Viewer-Demo-2026")]
    public async Task Api_ReviewerOrViewer_IsForbidden(string email, string password)
    {
        var connection = await CreateAsync($"Forbidden for {email}", LedgerTestModule.GoodApiKey);
        using var client = await SignedInAsync(email, password);

        (await client.GetAsync(new Uri("/api/v1/connections", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsync(new Uri($"/api/v1/connections/{connection.Id}/test", UriKind.Relative), null, Ct)).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Page_Prerendered_ShowsConnectionMaskedNeverTheSecret()
    {
        await CreateAsync("Page ledger", LedgerTestModule.GoodApiKey);
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/connections", UriKind.Relative), Ct));

        html.ShouldContain("Page ledger");
        html.ShouldContain(SecretMaskDots);
        html.ShouldNotContain(LedgerTestModule.GoodApiKey);
    }

    [Fact]
    public async Task Runtime_ConnectorInvoker_ResolvesStoredConnectionForTheModule()
    {
        var connection = await CreateAsync("Invoker ledger", LedgerTestModule.GoodApiKey);
        var invoker = app.Services.GetRequiredService<IConnectorInvoker>();
        var directory = app.Services.GetRequiredService<IConnectionDirectory>();

        var result = await invoker.InvokeAsync(new ConnectorCall(
            Guid.NewGuid(), "n1", connection.Id, "test-ledger.post", JsonDocument.Parse("{}").RootElement, "k1", 1), Ct);

        invoker.ShouldBeOfType<Connectors.Runtime.ConnectorInvoker>();
        result.Failure!.Code.ShouldBe("ledger.no_operations", "the module itself answered, so the connection was resolved");
        (await directory.ListAsync(LedgerTestModule.Key, Ct)).ShouldContain(c => c.Id == connection.Id);
    }

    private const string SecretMaskDots = "••••••••";
}
