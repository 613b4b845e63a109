using System.Net;
using System.Text;
using System.Text.Json;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Api;

/// <summary>The approvals inbox against the running app: a run parks for a role, a person of that role decides it.</summary>
public sealed class ApprovalsApiTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    //  [manual] ──► [approve (role)] ─approved─► [paid: map] ; ─rejected─► [held: map]
    private static string ApprovalFlow(string name, string role) => $$$"""
        { "schemaVersion": 1, "metadata": { "name": "{{{name}}}" },
          "nodes": [
            { "id": "start", "type": "trigger.manual" },
            { "id": "approve", "type": "human.approval", "config": { "approverRole": "{{{role}}}", "message": "Pay bill {{[trigger.bill]}}?" } },
            { "id": "paid", "type": "logic.map", "config": { "mappings": { "result": "'paid'" } } },
            { "id": "held", "type": "logic.map", "config": { "mappings": { "result": "'held'" } } } ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "approve", "toPort": "in" },
            { "fromNode": "approve", "fromPort": "approved", "toNode": "paid", "toPort": "in" },
            { "fromNode": "approve", "fromPort": "rejected", "toNode": "held", "toPort": "in" } ] }
        """;

    [Fact]
    public async Task Reviewer_SeesTheWaitForTheirRole_ApprovesIt_AndTheRunTakesTheApprovedPath()
    {
        using var designer = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var runId = await StartWaitingRunAsync(designer, ApprovalFlow("Bill payment approval", "Reviewer"), """{ "bill": "BILL-7" }""");
        using var reviewer = await SignedInAsync("reviewer@flowstudio.local", "Reviewer-Demo-2026");

        var item = (await ReadAsync(await reviewer.GetAsync(new Uri("/api/v1/approvals", UriKind.Relative), Ct)))
            .EnumerateArray().Single(i => i.GetProperty("runId").GetString() == runId);
        item.GetProperty("message").GetString().ShouldBe("Pay bill BILL-7?");
        item.GetProperty("flowName").GetString().ShouldBe("Bill payment approval");
        var bookmarkId = item.GetProperty("bookmarkId").GetString()!;

        var rejectWithoutReason = await reviewer.PostAsync(Decisions, Json(new { bookmarkId, decision = "reject" }), Ct);
        rejectWithoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var approved = await reviewer.PostAsync(Decisions, Json(new { bookmarkId, decision = "approve", comment = "Matches the PO" }), Ct);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await reviewer.PostAsync(Decisions, Json(new { bookmarkId, decision = "reject", comment = "changed my mind" }), Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var run = await WaitForStatusAsync(designer, runId, "Succeeded");
        run.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("nodeId").GetString()).ShouldContain("paid");
        run.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("nodeId").GetString()).ShouldNotContain("held");
    }

    [Fact]
    public async Task Reviewer_CannotDecideAWaitForAnotherRole_AndDoesNotSeeIt()
    {
        using var designer = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var runId = await StartWaitingRunAsync(designer, ApprovalFlow("Admin-only approval", "Admin"), """{ "bill": "BILL-8" }""");
        using var admin = await SignedInAsync(FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword);
        var bookmarkId = (await ReadAsync(await admin.GetAsync(new Uri("/api/v1/approvals", UriKind.Relative), Ct)))
            .EnumerateArray().Single(i => i.GetProperty("runId").GetString() == runId).GetProperty("bookmarkId").GetString()!;
        using var reviewer = await SignedInAsync("reviewer@flowstudio.local", "Reviewer-Demo-2026");

        var listed = await ReadAsync(await reviewer.GetAsync(new Uri("/api/v1/approvals", UriKind.Relative), Ct));
        var refused = await reviewer.PostAsync(Decisions, Json(new { bookmarkId, decision = "approve" }), Ct);

        listed.EnumerateArray().ShouldNotContain(i => i.GetProperty("runId").GetString() == runId);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadAsync(refused)).GetProperty("detail").GetString().ShouldBe("This approval is for the Admin role, which you do not hold.");
        var run = await ReadAsync(await designer.GetAsync(new Uri($"/api/v1/runs/{runId}", UriKind.Relative), Ct));
        run.GetProperty("run").GetProperty("status").GetString().ShouldBe("Waiting");
    }

    private static Uri Decisions => new("/api/v1/approvals/decisions", UriKind.Relative);

    private static async Task<string> StartWaitingRunAsync(HttpClient designer, string flow, string payload)
    {
        var created = await ReadAsync(await designer.PostAsync(new Uri("/api/v1/flows", UriKind.Relative), new StringContent(flow, Encoding.UTF8, "application/json"), Ct));
        var flowId = created.GetProperty("flow").GetProperty("id").GetString();
        (await designer.PostAsync(new Uri($"/api/v1/flows/{flowId}/publish", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var started = await designer.PostAsync(new Uri($"/api/v1/flows/{flowId}/runs", UriKind.Relative), new StringContent(payload, Encoding.UTF8, "application/json"), Ct);
        var runId = (await ReadAsync(started)).GetProperty("runId").GetString()!;
        await WaitForStatusAsync(designer, runId, "Waiting");
        return runId;
    }

    private static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string runId, string status)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var run = await ReadAsync(await client.GetAsync(new Uri($"/api/v1/runs/{runId}", UriKind.Relative), Ct));
            if (run.GetProperty("run").GetProperty("status").GetString() == status)
            {
                return run;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException($"Run {runId} did not reach {status} within 15 s.");
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, email, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.TrimStart().ShouldStartWith(body.TrimStart().StartsWith('[') ? "[" : "{", Case.Sensitive,
            $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body[..Math.Min(body.Length, 3000)]}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
