using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Designer;

/// <summary>Gestures on the flow designer shared by the designer e2e tests.</summary>
public static class DesignerPage
{
    public const string Designer = "designer@flowstudio.local";
    public const string Password = "Designer-Demo-2026";

    /// <summary>Creates a flow through the REST API as the page's signed-in person; returns its id.</summary>
    public static async Task<string> ImportAsync(IPage page, string json)
    {
        var response = await page.Context.APIRequest.PostAsync("/api/v1/flows", new()
        {
            DataString = json,
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        Assert.True(response.Ok, await response.TextAsync());
        var body = await response.JsonAsync();
        return body!.Value.GetProperty("flow").GetProperty("id").GetString()!;
    }

    //  [manual trigger: start] ──► [map: total = ROUND([trigger.amount] * 1.2, 2)]
    public static string TwoStepFlow(string name) => $$"""
        { "schemaVersion": 1, "metadata": { "name": "{{name}}" },
          "nodes": [
            { "id": "start", "type": "trigger.manual", "position": { "x": 40, "y": 120 } },
            { "id": "total", "type": "logic.map", "label": "Work out total", "position": { "x": 360, "y": 120 },
              "config": { "mappings": { "total": "ROUND([trigger.amount] * 1.2, 2)" } } }
          ],
          "connections": [ { "fromNode": "start", "fromPort": "out", "toNode": "total", "toPort": "in" } ] }
        """;

    public static async Task OpenAsync(BrowserFixture fixture, IPage page, string flowId)
    {
        await page.GotoAsync($"/flows/{flowId}/design");
        await OpenedAsync(fixture, page);
    }

    public static async Task OpenedAsync(BrowserFixture fixture, IPage page)
    {
        try
        {
            await Expect(page.Locator("[data-testid=designer][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            await fixture.ScreenshotAsync(page, "designer-not-ready");
            throw;
        }
    }

    /// <summary>
    /// Drags a palette item onto the canvas and waits for the node. Filtering the palette re-renders it, and on a
    /// loaded machine an HTML drag can start from where the item was a moment earlier; such a lost drop is retried once.
    /// </summary>
    public static async Task DragFromPaletteAsync(IPage page, string search, string key, float x, float y)
    {
        var nodes = page.Locator(".diagram-node");
        var before = await nodes.CountAsync();
        await page.GetByTestId("palette-search").FillAsync(search);
        var item = page.GetByTestId($"palette-item-{key}");
        await Expect(item).ToBeVisibleAsync();
        for (var attempt = 0; ; attempt++)
        {
            await item.DragToAsync(page.GetByTestId("designer-canvas"), new() { TargetPosition = new() { X = x, Y = y } });
            try
            {
                await Expect(nodes).ToHaveCountAsync(before + 1, new() { Timeout = attempt == 0 ? 5_000 : 15_000 });
                return;
            }
            catch (PlaywrightException) when (attempt == 0)
            {
                // Dropped nowhere: drag again.
            }
        }
    }

    public static async Task ConnectAsync(IPage page, string fromTestId, string toTestId)
    {
        var from = await page.GetByTestId(fromTestId).BoundingBoxAsync();
        var to = await page.GetByTestId(toTestId).BoundingBoxAsync();
        await page.Mouse.MoveAsync(from!.X + (from.Width / 2), from.Y + (from.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to!.X + (to.Width / 2), to.Y + (to.Height / 2), new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    /// <summary>Saves an edited flow and waits until the server has confirmed the save.</summary>
    public static async Task SaveAsync(IPage page)
    {
        await Expect(page.GetByTestId("dirty-marker")).ToBeVisibleAsync();
        await page.GetByTestId("toolbar-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Saved draft" }).Last).ToBeVisibleAsync();
        await Expect(page.GetByTestId("dirty-marker")).ToHaveCountAsync(0);
    }
}
