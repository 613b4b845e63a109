using System.Net;
using System.Text;
using System.Text.Json;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Api;

/// <summary>The runs API against the running app: real workers, real SQLite.</summary>
public sealed class RunsApiTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    //  [manual] ──► [map total = amount * 2] ──► [stop]
    private const string DoublingFlow = """
        { "schemaVersion": 1, "metadata": { "name": "Doubler" },
          "nodes": [
            { "id": "start", "type": "trigger.manual" },
            { "id": "double", "type": "logic.map", "config": { "mappings": { "total": "[trigger.amount] * 2" } } },
            { "id": "end", "type": "flow.stop" } ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "double", "toPort": "in" },
            { "fromNode": "double", "fromPort": "out", "toNode": "end", "toPort": "in" } ] }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartRun_PublishedFlow_RunsToSuccessWithDecimalOutput()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var flowId = await CreateAsync(client, DoublingFlow, publish: true);

        var started = await client.PostAsync(new Uri($"/api/v1/flows/{flowId}/runs?correlation=INV-42", UriKind.Relative), Json("""{ "amount": 0.1 }"""), Ct);

        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var runId = (await ReadAsync(started)).GetProperty("runId").GetString();
        var run = await WaitForFinishAsync(client, runId!);
        run.GetProperty("run").GetProperty("status").GetString().ShouldBe("Succeeded");
        run.GetProperty("run").GetProperty("correlation").GetString().ShouldBe("INV-42");
        var mapStep = run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("nodeId").GetString() == "double");
        mapStep.GetProperty("output").GetProperty("total").GetRawText().ShouldBe("0.2");

        var listed = await ReadAsync(await client.GetAsync(new Uri($"/api/v1/runs?flowId={flowId}&status=Succeeded&text=INV-4", UriKind.Relative), Ct));
        listed.GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task StartRun_UnpublishedFlow_Is422AndStartsNothing()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var flowId = await CreateAsync(client, DoublingFlow, publish: false);

        var response = await client.PostAsync(new Uri($"/api/v1/flows/{flowId}/runs", UriKind.Relative), Json("{}"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadAsync(response)).GetProperty("detail").GetString()!.ShouldContain("publish", Case.Insensitive);
        var listed = await ReadAsync(await client.GetAsync(new Uri($"/api/v1/runs?flowId={flowId}", UriKind.Relative), Ct));
        listed.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task StartRun_MalformedPayload_Is400NamingThePosition()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var flowId = await CreateAsync(client, DoublingFlow, publish: true);

        var response = await client.PostAsync(new Uri($"/api/v1/flows/{flowId}/runs", UriKind.Relative), Json("{ \"amount\": }"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadAsync(response)).GetProperty("line").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task StartRun_AsViewer_IsForbidden()
    {
        using var client = await SignedInAsync("viewer@flowstudio.local", "Viewer-Demo-2026");

        var response = await client.PostAsync(new Uri($"/api/v1/flows/{Guid.NewGuid()}/runs", UriKind.Relative), Json("{}"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ListRuns_UnknownStatus_Is400()
    {
        using var client = await SignedInAsync("viewer@flowstudio.local", "Viewer-Demo-2026");

        var response = await client.GetAsync(new Uri("/api/v1/runs?status=Exploded", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadAsync(response)).GetProperty("detail").GetString()!.ShouldContain("Exploded");
    }

    [Fact]
    public async Task Cancel_FinishedRun_Is409_AndRerunStartsANewRun()
    {
        using var client = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var flowId = await CreateAsync(client, DoublingFlow, publish: true);
        var runId = (await ReadAsync(await client.PostAsync(new Uri($"/api/v1/flows/{flowId}/runs", UriKind.Relative), Json("""{ "amount": 5 }"""), Ct)))
            .GetProperty("runId").GetString()!;
        await WaitForFinishAsync(client, runId);

        (await client.PostAsync(new Uri($"/api/v1/runs/{runId}/cancel", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var rerun = await client.PostAsync(new Uri($"/api/v1/runs/{runId}/rerun", UriKind.Relative), null, Ct);
        rerun.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var second = await WaitForFinishAsync(client, (await ReadAsync(rerun)).GetProperty("runId").GetString()!);
        second.GetProperty("trigger").GetProperty("amount").GetRawText().ShouldBe("5");
    }

    private static async Task<JsonElement> WaitForFinishAsync(HttpClient client, string runId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var run = await ReadAsync(await client.GetAsync(new Uri($"/api/v1/runs/{runId}", UriKind.Relative), Ct));
            if (run.GetProperty("run").GetProperty("status").GetString() is "Succeeded" or "Failed" or "Cancelled")
            {
                return run;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException($"Run {runId} did not finish within 10 s.");
    }

    private static async Task<string> CreateAsync(HttpClient client, string flow, bool publish)
    {
        var created = await ReadAsync(await client.PostAsync(new Uri("/api/v1/flows", UriKind.Relative), Json(flow), Ct));
        var id = created.GetProperty("flow").GetProperty("id").GetString()!;
        if (publish)
        {
            (await client.PostAsync(new Uri($"/api/v1/flows/{id}/publish", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return id;
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, email, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.TrimStart().ShouldStartWith("{", customMessage: $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body[..Math.Min(body.Length, 3000)]}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
