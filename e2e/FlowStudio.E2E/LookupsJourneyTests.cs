using FlowStudio.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E;

[Collection(BrowserTestGroup.Name)]
public sealed class LookupsJourneyTests(BrowserFixture fixture)
{
    //  [manual] ──► [map: mode = LOOKUP('stripe_payment_modes', [trigger.method])] ──► [stop]
    private const string Flow = """
        { "schemaVersion": 1, "metadata": { "name": "Payment mode mapping" },
          "nodes": [
            { "id": "start", "type": "trigger.manual" },
            { "id": "mode", "type": "logic.map", "config": { "mappings": { "mode": "LOOKUP('stripe_payment_modes', [trigger.method])" } } },
            { "id": "end", "type": "flow.stop" } ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "mode", "toPort": "in" },
            { "fromNode": "mode", "fromPort": "out", "toNode": "end", "toPort": "in" } ] }
        """;

    [Fact]
    public async Task Designer_ImportsLookupCsv_ThenARunReadsItWithLookup()
    {
        var page = await fixture.SignedInPageAsync("designer@flowstudio.local", "Designer-Demo-2026");

        await page.GetByTestId("nav-lookups").ClickAsync();
        await page.GetByTestId("lookup-import-new").ClickAsync();
        await page.GetByTestId("import-name").FillAsync("stripe_payment_modes");
        await page.GetByTestId("import-key").FillAsync("method");
        await page.GetByTestId("import-csv").FillAsync("method,mode\ncard,Credit card\ncard,Duplicate\n");
        await page.GetByTestId("import-run").ClickAsync();
        await Expect(page.GetByTestId("import-problems")).ToContainTextAsync("Row 3, column 'method': Duplicate key 'card' (first on row 2).");

        await page.GetByTestId("import-csv").FillAsync("method,mode\ncard,Credit card\nsepa_debit,Bank transfer\n");
        await page.GetByTestId("import-run").ClickAsync();
        await Expect(page.GetByTestId("lookup-item")).ToContainTextAsync("2 rows · method → mode");
        await fixture.ScreenshotAsync(page, "30-lookup-tables");

        await page.GetByTestId("nav-flows").ClickAsync();
        await page.GetByTestId("import-flow").ClickAsync();
        await page.GetByTestId("import-flow-json").FillAsync(Flow);
        await page.GetByTestId("import-flow-submit").ClickAsync();
        var row = page.GetByTestId("flows-table").Locator("tr", new() { HasText = "Payment mode mapping" });
        await Expect(row.GetByTestId("flow-status")).ToContainTextAsync("Draft");
        await page.GetByTestId("flow-actions-Payment mode mapping").ClickAsync();
        await page.GetByText("Publish v1").ClickAsync();
        await Expect(row.GetByTestId("flow-status")).ToContainTextAsync("Published v1");
        await page.GetByTestId("flow-actions-Payment mode mapping").ClickAsync();
        await page.GetByText("Start a run").ClickAsync();
        await page.GetByTestId("start-run-payload").FillAsync("{ \"method\": \"sepa_debit\" }");
        await page.GetByTestId("start-run-submit").ClickAsync();
        await Expect(page.GetByTestId("run-steps")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Succeeded");
        await page.GetByTestId("step-title").Filter(new() { HasText = "mode" }).ClickAsync();
        await Expect(page.GetByTestId("step-output").Filter(new() { HasText = "mode" })).ToContainTextAsync("Bank transfer");
        await fixture.ScreenshotAsync(page, "31-run-with-lookup");
    }
}
