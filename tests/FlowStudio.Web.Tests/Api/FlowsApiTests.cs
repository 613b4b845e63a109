using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Api;

public sealed class FlowsApiTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    //  [manual] ──► [stop]
    private const string ValidFlow = """
        {
          "schemaVersion": 1,
          "metadata": { "name": "Weekly summary", "tags": ["reporting"] },
          "nodes": [
            { "id": "start", "type": "trigger.manual", "position": { "x": 0, "y": 0 } },
            { "id": "end", "type": "flow.stop", "position": { "x": 200, "y": 0 } }
          ],
          "connections": [ { "fromNode": "start", "fromPort": "out", "toNode": "end", "toPort": "in" } ]
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateGetPublishExport_AsDesigner_RoundTrips()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");

        var created = await client.PostAsync(new Uri("/api/v1/flows", UriKind.Relative), Json(ValidFlow), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await ReadAsync(created)).GetProperty("flow").GetProperty("id").GetString()!;
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/flows/{id}");

        var flow = await ReadAsync(await client.GetAsync(new Uri($"/api/v1/flows/{id}", UriKind.Relative), Ct));
        flow.GetProperty("definition").GetProperty("nodes").GetArrayLength().ShouldBe(2);
        flow.GetProperty("versions")[0].GetProperty("status").GetString().ShouldBe("Draft");

        using var publish = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/flows/{id}/publish", UriKind.Relative));
        publish.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var published = await client.SendAsync(publish, Ct);
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(published)).GetProperty("flow").GetProperty("publishedVersion").GetInt32().ShouldBe(1);

        var export = await client.GetStringAsync(new Uri($"/api/v1/flows/{id}/export?version=1", UriKind.Relative), Ct);
        JsonDocument.Parse(export).RootElement.GetProperty("metadata").GetProperty("name").GetString().ShouldBe("Weekly summary");
    }

    [Fact]
    public async Task Unpublish_AsDesigner_TurnsTheFlowOffAndIsAudited_TwiceIs409()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var created = await client.PostAsync(new Uri("/api/v1/flows", UriKind.Relative), Json(ValidFlow.Replace("Weekly summary", "Unpublish me", StringComparison.Ordinal)), Ct);
        var id = (await ReadAsync(created)).GetProperty("flow").GetProperty("id").GetString()!;
        (await client.PostAsync(new Uri($"/api/v1/flows/{id}/publish", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var off = await client.PostAsync(new Uri($"/api/v1/flows/{id}/unpublish", UriKind.Relative), null, Ct);
        var again = await client.PostAsync(new Uri($"/api/v1/flows/{id}/unpublish", UriKind.Relative), null, Ct);

        off.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(off)).GetProperty("flow").GetProperty("publishedVersion").ValueKind.ShouldBe(JsonValueKind.Null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var audit = await app.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.FlowUnpublished), Ct);
        audit.Items.ShouldContain(e => e.TargetId == id);
    }

    [Fact]
    public async Task Create_MalformedJson_Is400NamingLineAndChangesNothing()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var before = await client.GetStringAsync(new Uri("/api/v1/flows", UriKind.Relative), Ct);

        var response = await client.PostAsync(new Uri("/api/v1/flows", UriKind.Relative), Json("{ \"schemaVersion\": 1, \"metadata\": { \"name\": \"x\" }, \"nodes\": [ { \"id\": } ] }"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ReadAsync(response);
        problem.GetProperty("title").GetString().ShouldBe("Invalid flow document");
        problem.GetProperty("line").ValueKind.ShouldBe(JsonValueKind.Number);
        (await client.GetStringAsync(new Uri("/api/v1/flows", UriKind.Relative), Ct)).ShouldBe(before);
    }

    [Fact]
    public async Task Publish_InvalidDraft_Is422WithIssuesNamingTheNode()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        const string broken = """{ "schemaVersion": 1, "metadata": { "name": "Broken" }, "nodes": [ { "id": "lonely", "type": "flow.stop" } ] }""";
        var id = (await ReadAsync(await client.PostAsync(new Uri("/api/v1/flows", UriKind.Relative), Json(broken), Ct)))
            .GetProperty("flow").GetProperty("id").GetString();

        var response = await client.PostAsync(new Uri($"/api/v1/flows/{id}/publish", UriKind.Relative), null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var issues = (await ReadAsync(response)).GetProperty("issues");
        issues.GetArrayLength().ShouldBeGreaterThan(0);
        issues.EnumerateArray().ShouldContain(i => i.GetProperty("message").GetString()!.Contains("trigger", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Update_StaleIfMatch_Is409()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var id = (await ReadAsync(await client.PostAsync(new Uri("/api/v1/flows", UriKind.Relative), Json(ValidFlow), Ct)))
            .GetProperty("flow").GetProperty("id").GetString();
        using var first = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/flows/{id}", UriKind.Relative)) { Content = Json(ValidFlow) };
        first.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        (await client.SendAsync(first, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var stale = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/flows/{id}", UriKind.Relative)) { Content = Json(ValidFlow) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        (await client.SendAsync(stale, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_AsViewer_IsForbidden_ButListIsAllowed()
    {
        using var client = await SignedInAsync("viewer@flowstudio.local", "Viewer-Demo-2026");

        var create = await client.PostAsync(new Uri("/api/v1/flows", UriKind.Relative), Json(ValidFlow), Ct);
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await create.Content.ReadAsStringAsync(Ct));
        (await client.GetAsync(new Uri("/api/v1/flows", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Validate_ReportsIssuesWithoutSaving()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");

        var result = await ReadAsync(await client.PostAsync(new Uri("/api/v1/flows/validate", UriKind.Relative), Json(ValidFlow), Ct));

        result.GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, email, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
}
