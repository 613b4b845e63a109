using System.Text.Json;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Approvals;

[Collection(BrowserTestGroup.Name)]
public sealed class ApprovalJourneyTests(BrowserFixture fixture)
{
    //  [manual] ──► [wait for approval: Reviewer] ─approved─► [stop]
    private const string Flow = """
        { "schemaVersion": 1, "metadata": { "name": "Large refund approval" },
          "nodes": [
            { "id": "start", "type": "trigger.manual" },
            { "id": "approve", "type": "human.approval",
              "config": { "approverRole": "Reviewer", "message": "Refund {{ [trigger.amount] }} EUR to {{ [trigger.customer] }}?" } },
            { "id": "done", "type": "flow.stop" } ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "approve", "toPort": "in" },
            { "fromNode": "approve", "fromPort": "approved", "toNode": "done", "toPort": "in" } ] }
        """;

    [Fact]
    public async Task Reviewer_ApprovesWithComment_AndTheRunSucceeds()
    {
        var designer = await fixture.SignedInPageAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var flow = await PostAsync(designer, "/api/v1/flows", Flow);
        var flowId = flow.GetProperty("flow").GetProperty("id").GetString()!;
        var revision = flow.GetProperty("flow").GetProperty("revision").GetInt32();
        await PostAsync(designer, $"/api/v1/flows/{flowId}/publish", null, new() { ["If-Match"] = $"\"{revision}\"" });
        var started = await PostAsync(designer, $"/api/v1/flows/{flowId}/runs", """{ "amount": 1250.00, "customer": "Contoso GmbH" }""");
        var runId = started.GetProperty("runId").GetString()!;
        await designer.Context.CloseAsync();

        var reviewer = await fixture.SignedInPageAsync("reviewer@flowstudio.local", "Reviewer-Demo-2026");
        await reviewer.GotoAsync("/approvals");
        await BrowserFixture.WaitForInteractivityAsync(reviewer);
        var row = reviewer.GetByTestId("approvals-table").Locator("tr", new() { HasText = "Contoso GmbH" });
        await Expect(row.GetByTestId("approval-message")).ToContainTextAsync("Refund 1250", new() { Timeout = 30_000 });
        await fixture.ScreenshotAsync(reviewer, "approvals-01-inbox");

        await row.GetByTestId("approval-approve").ClickAsync();
        await reviewer.GetByTestId("approval-comment").FillAsync("Checked against the credit note; fine.");
        await fixture.ScreenshotAsync(reviewer, "approvals-02-decision");
        await reviewer.GetByTestId("approval-confirm").ClickAsync();
        await Expect(reviewer.GetByTestId("approval-dialog")).ToHaveCountAsync(0);

        await reviewer.GotoAsync($"/runs/{runId}");
        await BrowserFixture.WaitForInteractivityAsync(reviewer);
        await Expect(reviewer.GetByTestId("run-status")).ToHaveTextAsync("Succeeded", new() { Timeout = 30_000 });
        await Expect(reviewer.GetByTestId("step-title").Filter(new() { HasText = "approve" })).ToHaveCountAsync(1);
        await fixture.ScreenshotAsync(reviewer, "approvals-03-run-succeeded");
    }

    private static async Task<JsonElement> PostAsync(IPage page, string url, string? json, Dictionary<string, string>? headers = null)
    {
        var all = new Dictionary<string, string>(headers ?? []) { ["Content-Type"] = "application/json" };
        var response = await page.Context.APIRequest.PostAsync(url, new() { DataString = json ?? "", Headers = all });
        Assert.True(response.Ok, $"{url}: {response.Status} {await response.TextAsync()}");
        var text = await response.TextAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
