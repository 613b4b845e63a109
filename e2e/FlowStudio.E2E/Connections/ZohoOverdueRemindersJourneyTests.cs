using FlowStudio.E2E.Designer;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Connections;

/// <summary>
/// The issue's journey, as a finance user does it in the browser: connect the Zoho Books sandbox, test it, build
/// "list overdue invoices → for each → email a reminder" in the designer, publish, run, and read the run's steps.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ZohoOverdueRemindersJourneyTests(BrowserFixture fixture)
{
    private const string Designer = "designer@flowstudio.local";
    private const string Password = "Designer-Demo-2026";
    private const string FlowName = "Overdue invoice reminders";

    //  [manual-1] ──► [connector-1: invoices.list status=overdue] ──► [foreach-1] ─item─► [connector-2: invoices.email]
    [Fact]
    public async Task Designer_ConnectsSandbox_BuildsOverdueReminderFlow_RunsIt_AndReadsEachStep()
    {
        var page = await fixture.SignedInPageAsync(Designer, Password);

        await page.GetByTestId("nav-connections").ClickAsync();
        // The e2e tests share one app: another journey may have connected the Zoho Books sandbox already.
        if (await SandboxConnections.FindAsync(page, "zoho-books") is null)
        {
            await page.GetByTestId("connect-sandbox-zoho-books").Or(page.GetByTestId("empty-connect-sandbox")).First.ClickAsync();
        }

        var row = page.GetByTestId("connections-table").Locator("tr", new() { HasText = "Zoho Books sandbox" });
        await Expect(row.GetByTestId("connection-kind")).ToContainTextAsync("Sandbox");
        await row.GetByRole(AriaRole.Button, new() { Name = "Test" }).ClickAsync();
        await Expect(page.GetByText("Connected to FlowStudio Demo Ltd").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await fixture.ScreenshotAsync(page, "zoho-01-connection-tested");

        await page.GetByTestId("nav-flows").ClickAsync();
        await page.GetByTestId("new-flow").ClickAsync();
        await page.GetByTestId("new-flow-name").FillAsync(FlowName);
        await page.GetByTestId("new-flow-create").ClickAsync();
        await DesignerPage.OpenedAsync(fixture, page);

        // Laid out so that every port is in view beside the open palette: trigger → list on top, the loop and its email below.
        await DesignerPage.DragFromPaletteAsync(page, "Manual", "trigger.manual", 20, 40);
        await DesignerPage.DragFromPaletteAsync(page, "List invoices", "zoho-books.invoices.list", 300, 40);
        await DesignerPage.DragFromPaletteAsync(page, "For each", "flow.forEach", 300, 250);
        await DesignerPage.DragFromPaletteAsync(page, "Email invoice", "zoho-books.invoices.email", 300, 460);
        await DesignerPage.ConnectAsync(page, "port-manual-1-out-out", "port-connector-1-in-in");
        await DesignerPage.ConnectAsync(page, "port-connector-1-out-out", "port-foreach-1-in-in");
        await DesignerPage.ConnectAsync(page, "port-foreach-1-out-item", "port-connector-2-in-in");
        await Expect(page.Locator(".diagram-link")).ToHaveCountAsync(3);

        // The list step: the sandbox connection, only overdue invoices.
        await page.GetByTestId("node-connector-1").ClickAsync();
        await PickConnectionAsync(page);
        await SetExpressionAsync(page, "mapping-status", "'overdue'");
        await fixture.ScreenshotAsync(page, "zoho-02-list-step");

        // The loop reads the list step's invoices, picked from its output shape in the data picker.
        await page.GetByTestId("node-foreach-1").ClickAsync();
        var items = page.GetByTestId("field-items");
        await items.GetByTestId("expression-data").ClickAsync();
        await PickAsync(items, "invoices");
        await Expect(items.GetByTestId("expression-input")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"connector-1.*invoices"));
        await fixture.ScreenshotAsync(page, "zoho-03-for-each-items");

        // The email step: the same connection, the current item's invoice id.
        await page.GetByTestId("node-connector-2").ClickAsync();
        await PickConnectionAsync(page);
        var invoice = page.GetByTestId("mapping-invoice_id");
        await invoice.GetByTestId("expression-data").ClickAsync();
        await PickAsync(invoice, "invoice_id");
        await Expect(invoice.GetByTestId("expression-input")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("invoice_id"));
        await fixture.ScreenshotAsync(page, "zoho-04-email-step");

        await page.GetByTestId("toolbar-save").ClickAsync();
        await Expect(page.GetByTestId("dirty-marker")).ToHaveCountAsync(0);
        await page.GetByTestId("toolbar-publish").ClickAsync();
        await Expect(page.GetByText("Published v1").First).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "zoho-05-published");

        await page.GetByTestId("nav-flows").ClickAsync();
        await BrowserFixture.WaitForInteractivityAsync(page);
        await page.GetByTestId($"flow-actions-{FlowName}").ClickAsync();
        await page.GetByText("Start a run").ClickAsync();
        await page.GetByTestId("start-run-submit").ClickAsync();
        await Expect(page.GetByTestId("run-steps")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // One email per overdue invoice of the demo organisation: with the other journeys' calls to the same organisation
        // the run can meet Zoho's 100 requests per minute, and then waits for its limiter as it would against Zoho.
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Succeeded", new() { Timeout = 150_000 });
        var titles = page.GetByTestId("step-title");
        await Expect(titles.Filter(new() { HasText = "connector-1" })).ToHaveCountAsync(1);
        var emails = titles.Filter(new() { HasText = "connector-2" });
        var sent = await emails.CountAsync();
        Assert.True(sent >= 1, "one email step per overdue invoice");
        var listTitle = titles.Filter(new() { HasText = "connector-1" });
        await listTitle.ClickAsync();
        var listOutput = page.Locator(".mud-expand-panel", new() { Has = listTitle }).GetByTestId("step-output");
        await Expect(listOutput).ToContainTextAsync("invoices");
        await Expect(listOutput).ToContainTextAsync("overdue");
        await Expect(page.GetByTestId("run-steps")).Not.ToContainTextAsync("Failed");
        await fixture.ScreenshotAsync(page, "zoho-06-run-steps");
    }

    private static async Task PickConnectionAsync(IPage page)
    {
        await page.GetByTestId("field-connection").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Zoho Books sandbox" }).First.ClickAsync();
        await Expect(page.GetByTestId("node-properties")).Not.ToContainTextAsync("Choose a connection.");
    }

    /// <summary>Clicks the field called <paramref name="name"/> in an expression editor's open data picker.</summary>
    private static Task PickAsync(ILocator editor, string name) =>
        editor.GetByTestId("data-picker").Locator($"[data-testid=json-node][data-path$='.{name}']").First
            .Locator("[data-testid=json-pick]").First.ClickAsync();

    private static async Task SetExpressionAsync(IPage page, string testId, string text)
    {
        var input = page.GetByTestId(testId).GetByTestId("expression-input");
        await input.FillAsync(text);
        await input.BlurAsync();
    }
}
