using FlowStudio.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Designer;

[Collection(BrowserTestGroup.Name)]
public sealed class DesignerJourneyTests(BrowserFixture fixture)
{
    //  [manual trigger] ──► [map: total = ROUND(amount * 1.2, 2)] ──► [stop]   built by dragging from the palette
    [Fact]
    public async Task Designer_BuildsFlowByDragging_SavesReloads_TestRuns_UndoesAndRedoes()
    {
        var page = await fixture.SignedInPageAsync(DesignerPage.Designer, DesignerPage.Password);
        await page.GotoAsync("/flows");
        await BrowserFixture.WaitForInteractivityAsync(page);
        await page.GetByTestId("new-flow").ClickAsync();
        await page.GetByTestId("new-flow-name").FillAsync("Payment received to invoice");
        await page.GetByTestId("new-flow-create").ClickAsync();
        await DesignerPage.OpenedAsync(fixture, page);
        await Expect(page.GetByTestId("canvas-empty")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "designer-01-empty");

        await DesignerPage.DragFromPaletteAsync(page, "Manual", "trigger.manual", 60, 160);
        await DesignerPage.DragFromPaletteAsync(page, "Map", "logic.map", 330, 260);
        await DesignerPage.DragFromPaletteAsync(page, "Stop", "flow.stop", 330, 40);
        await Expect(page.GetByTestId("node-manual-1")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("node-map-1")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("node-stop-1")).ToBeVisibleAsync();

        await DesignerPage.ConnectAsync(page, "port-manual-1-out-out", "port-map-1-in-in");
        await DesignerPage.ConnectAsync(page, "port-map-1-out-out", "port-stop-1-in-in");
        await Expect(page.Locator(".diagram-link")).ToHaveCountAsync(2);

        await page.GetByTestId("node-map-1").ClickAsync();
        await page.GetByTestId("mapping-add").ClickAsync();
        var row = page.GetByTestId("mapping-row").Last;
        await row.GetByTestId("mapping-name").FillAsync("total");
        await row.GetByTestId("mapping-name").BlurAsync();
        var expression = row.GetByTestId("expression-input");
        await expression.FillAsync("ROUND([trigger.amount] * 1.2, 2)");
        await expression.BlurAsync();
        await Expect(page.GetByTestId("dirty-marker")).ToBeVisibleAsync();
        await page.GetByTestId("toolbar-save").ClickAsync();
        await Expect(page.GetByTestId("dirty-marker")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "designer-02-built");

        await page.ReloadAsync();
        await DesignerPage.OpenedAsync(fixture, page);
        await Expect(page.Locator(".diagram-link")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("node-label-map-1")).ToHaveTextAsync("Map");

        await page.GetByTestId("toolbar-test-run").ClickAsync();
        await page.GetByTestId("payload-paste").ClickAsync();
        await page.GetByTestId("test-run-payload").FillAsync("""{ "amount": 100.05 }""");
        await page.GetByTestId("test-run-start").ClickAsync();
        await Expect(page.GetByTestId("node-run-map-1")).ToContainTextAsync("✓");
        await page.GetByTestId("node-map-1").ClickAsync();
        await Expect(page.GetByTestId("node-run-output")).ToContainTextAsync("120.06");
        await fixture.ScreenshotAsync(page, "designer-03-test-run");

        await page.GetByTestId("node-stop-1").ClickAsync();
        await page.Keyboard.PressAsync("Delete");
        await Expect(page.GetByTestId("node-stop-1")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Control+z");
        await Expect(page.GetByTestId("node-stop-1")).ToBeVisibleAsync();
        await Expect(page.Locator(".diagram-link")).ToHaveCountAsync(2);
        await page.Keyboard.PressAsync("Control+y");
        await Expect(page.GetByTestId("node-stop-1")).ToHaveCountAsync(0);
        await page.GetByTestId("toolbar-undo").ClickAsync();
        await Expect(page.GetByTestId("node-stop-1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Designer_Opens300NodeFlow_AndPans()
    {
        var page = await fixture.SignedInPageAsync(DesignerPage.Designer, DesignerPage.Password);
        var id = await DesignerPage.ImportAsync(page, LargeFlow.Json("Three hundred steps"));
        await page.GotoAsync($"/flows/{id}/design");
        await DesignerPage.OpenedAsync(fixture, page);
        await Expect(page.Locator(".diagram-node")).ToHaveCountAsync(300);
        var canvas = await page.GetByTestId("designer-canvas").BoundingBoxAsync();
        var before = await page.Locator(".diagram-html-layer").GetAttributeAsync("style");
        await page.Mouse.MoveAsync(canvas!.X + 10, canvas.Y + canvas.Height - 10);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(canvas.X + 210, canvas.Y + canvas.Height - 110, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await Expect(page.Locator(".diagram-html-layer")).Not.ToHaveAttributeAsync("style", before!);
        await fixture.ScreenshotAsync(page, "designer-04-300-nodes");
    }
}
