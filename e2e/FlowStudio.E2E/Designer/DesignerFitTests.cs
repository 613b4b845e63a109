using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Designer;

/// <summary>
/// "Fit to screen" and "Tidy up" after the palette drawer changes the canvas width: every node must end up
/// inside the visible canvas, not off to one side or blown up around the last node dropped.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DesignerFitTests(BrowserFixture fixture)
{
    private const string Designer = "designer@flowstudio.local";
    private const string Password = "Designer-Demo-2026";
    private static readonly string[] Nodes = ["node-manual-1", "node-map-1", "node-delay-1", "node-stop-1"];

    [Fact]
    public async Task FitAndTidy_AfterTogglingPalette_KeepEveryNodeInsideTheCanvas()
    {
        var page = await fixture.SignedInPageAsync(Designer, Password);
        await page.GotoAsync("/flows");
        await BrowserFixture.WaitForInteractivityAsync(page);
        await page.GetByTestId("new-flow").ClickAsync();
        await page.GetByTestId("new-flow-name").FillAsync("Fit to screen check");
        await page.GetByTestId("new-flow-create").ClickAsync();
        await Expect(page.Locator("[data-testid=designer][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Spread over the canvas so a fit has to move and zoom; the last one dropped stays selected.
        await DesignerPage.DragFromPaletteAsync(page, "Manual", "trigger.manual", 20, 20);
        await DesignerPage.DragFromPaletteAsync(page, "Map", "logic.map", 300, 40);
        await DesignerPage.DragFromPaletteAsync(page, "Delay", "flow.delay", 60, 420);
        await DesignerPage.DragFromPaletteAsync(page, "Stop", "flow.stop", 300, 420);
        foreach (var node in Nodes)
        {
            await Expect(page.GetByTestId(node)).ToBeVisibleAsync();
        }

        await page.GetByTestId("toolbar-palette").ClickAsync();
        await Expect(page.GetByTestId("palette-search")).ToHaveCountAsync(0);
        await page.GetByTestId("toolbar-fit").ClickAsync();
        await AssertAllNodesInsideCanvasAsync(page, "designer-fit-01-after-palette-closed");

        await page.GetByTestId("toolbar-palette").ClickAsync();
        await Expect(page.GetByTestId("palette-search")).ToBeVisibleAsync();
        await page.GetByTestId("toolbar-fit").ClickAsync();
        await AssertAllNodesInsideCanvasAsync(page, "designer-fit-02-after-palette-opened");

        await page.GetByTestId("toolbar-palette").ClickAsync();
        await Expect(page.GetByTestId("palette-search")).ToHaveCountAsync(0);
        var before = await LeftEdgesAsync(page);
        await page.GetByTestId("toolbar-tidy").ClickAsync();
        await AssertAllNodesInsideCanvasAsync(page, "designer-fit-03-tidied");

        // Nothing is connected, so tidy puts every node in the first column: one left edge, stacked vertically.
        var after = await LeftEdgesAsync(page);
        Assert.NotEqual(before, after);
        Assert.True(after.Max() - after.Min() < 2, $"Tidied nodes should share one column; left edges were {string.Join(", ", after)}.");
    }

    private async Task AssertAllNodesInsideCanvasAsync(IPage page, string screenshot)
    {
        // The fit is applied over the circuit; give the browser a moment to show it, then insist.
        string? problem = null;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            problem = await OutsideCanvasAsync(page);
            if (problem is null)
            {
                break;
            }

            await page.WaitForTimeoutAsync(150);
        }

        await fixture.ScreenshotAsync(page, screenshot);
        Assert.True(problem is null, problem);
        var zoom = await page.GetByTestId("zoom-level").InnerTextAsync();
        Assert.True(int.Parse(zoom.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture) <= 150, $"Fit zoomed to {zoom}; at most 150% was expected.");
    }

    private static async Task<string?> OutsideCanvasAsync(IPage page)
    {
        var canvas = await page.GetByTestId("designer-canvas").BoundingBoxAsync();
        Assert.NotNull(canvas);
        foreach (var id in Nodes)
        {
            var box = await page.GetByTestId(id).BoundingBoxAsync();
            if (box is null)
            {
                return $"{id} has no bounding box.";
            }

            if (box.X < canvas.X || box.Y < canvas.Y || box.X + box.Width > canvas.X + canvas.Width || box.Y + box.Height > canvas.Y + canvas.Height)
            {
                return $"{id} at ({box.X:0},{box.Y:0}) {box.Width:0}×{box.Height:0} is outside the canvas ({canvas.X:0},{canvas.Y:0}) {canvas.Width:0}×{canvas.Height:0}.";
            }
        }

        return null;
    }

    private static async Task<double[]> LeftEdgesAsync(IPage page)
    {
        var edges = new double[Nodes.Length];
        for (var i = 0; i < Nodes.Length; i++)
        {
            edges[i] = Math.Round((await page.GetByTestId(Nodes[i]).BoundingBoxAsync())!.X);
        }

        return edges;
    }
}
