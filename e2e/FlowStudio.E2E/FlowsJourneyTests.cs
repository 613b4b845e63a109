using FlowStudio.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E;

[Collection(BrowserTestGroup.Name)]
public sealed class FlowsJourneyTests(BrowserFixture fixture)
{
    //  [manual] ──► [map: total = ROUND(amount * 1.2, 2)] ──► [stop]
    private const string Flow = """
        { "schemaVersion": 1, "metadata": { "name": "Month-end close checklist", "tags": ["close"] },
          "nodes": [
            { "id": "start", "type": "trigger.manual" },
            { "id": "gross", "type": "logic.map", "config": { "mappings": { "total": "ROUND([trigger.amount] * 1.2, 2)" } } },
            { "id": "end", "type": "flow.stop" } ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "gross", "toPort": "in" },
            { "fromNode": "gross", "fromPort": "out", "toNode": "end", "toPort": "in" } ] }
        """;

    [Fact]
    public async Task Designer_ImportsFlow_RejectsMalformedJson_ThenPublishes()
    {
        var page = await fixture.SignedInPageAsync("designer@flowstudio.local", "Designer-Demo-2026");

        await page.GetByTestId("nav-flows").ClickAsync();
        await page.GetByTestId("import-flow").ClickAsync();
        await page.GetByTestId("import-flow-json").FillAsync("{ \"schemaVersion\": 1, \"nodes\": [ ");
        await page.GetByTestId("import-flow-submit").ClickAsync();
        await Expect(page.GetByTestId("error-list")).ToContainTextAsync("line");
        await fixture.ScreenshotAsync(page, "12-import-flow-error");

        await page.GetByTestId("import-flow-json").FillAsync(Flow);
        await page.GetByTestId("import-flow-submit").ClickAsync();
        var row = page.GetByTestId("flows-table").Locator("tr", new() { HasText = "Month-end close checklist" });
        await Expect(row.GetByTestId("flow-status")).ToContainTextAsync("Draft");

        await page.GetByTestId("flow-actions-Month-end close checklist").ClickAsync();
        await page.GetByText("Publish v1").ClickAsync();
        await Expect(row.GetByTestId("flow-status")).ToContainTextAsync("Published v1");
        await fixture.ScreenshotAsync(page, "13-flows");

        await page.GetByTestId("flow-actions-Month-end close checklist").ClickAsync();
        await page.GetByText("Start a run").ClickAsync();
        await page.GetByTestId("start-run-payload").FillAsync("{ \"amount\": 100.05 }");
        await page.GetByTestId("start-run-submit").ClickAsync();
        await Expect(page.GetByTestId("run-steps")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Succeeded");
        await page.GetByTestId("step-title").Filter(new() { HasText = "gross" }).ClickAsync();
        await fixture.ScreenshotAsync(page, "14-run-detail");
        await Expect(page.GetByTestId("step-output").Filter(new() { HasText = "total" })).ToContainTextAsync("120.06");

        await page.GetByTestId("nav-runs").ClickAsync();
        await Expect(page.GetByTestId("runs-table")).ToContainTextAsync("Month-end close checklist");
        await fixture.ScreenshotAsync(page, "15-runs");
    }
}
