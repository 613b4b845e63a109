using FlowStudio.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Designer;

/// <summary>Copy in one tab, paste in another: the copy is the person's, not the tab's; bad clipboard text changes nothing.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DesignerClipboardTests(BrowserFixture fixture)
{
    private const string PasteText = """
        text => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }
        """;

    [Fact]
    public async Task CopyInOneTab_PasteInAnotherTabsFlow_AddsTheStep_MalformedClipboardChangesNothing()
    {
        var first = await fixture.SignedInPageAsync(DesignerPage.Designer, DesignerPage.Password);
        var from = await DesignerPage.ImportAsync(first, DesignerPage.TwoStepFlow($"Copy from {Guid.NewGuid():N}"));
        var into = await DesignerPage.ImportAsync(first, $$"""
            { "schemaVersion": 1, "metadata": { "name": "Paste into {{Guid.NewGuid():N}}" },
              "nodes": [ { "id": "begin", "type": "trigger.manual", "position": { "x": 40, "y": 40 } } ], "connections": [] }
            """);
        await DesignerPage.OpenAsync(fixture, first, from);
        var second = await first.Context.NewPageAsync();
        await DesignerPage.OpenAsync(fixture, second, into);

        await first.BringToFrontAsync();
        await first.GetByTestId("node-total").ClickAsync();
        await first.Keyboard.PressAsync("Control+c");
        await Expect(first.Locator(".mud-snackbar").Filter(new() { HasText = "Copied 1 step(s)" })).ToBeVisibleAsync();

        await second.BringToFrontAsync();
        await second.GetByTestId("node-begin").ClickAsync();
        await second.Keyboard.PressAsync("Control+v");
        await Expect(second.GetByTestId("node-total")).ToBeVisibleAsync();
        await Expect(second.GetByTestId("node-label-total")).ToHaveTextAsync("Work out total");
        await Expect(second.GetByTestId("dirty-marker")).ToBeVisibleAsync();
        var canvas = await second.GetByTestId("designer-canvas").BoundingBoxAsync();
        var pasted = await second.GetByTestId("node-total").BoundingBoxAsync();
        Assert.True(pasted!.X >= canvas!.X && pasted.X + pasted.Width <= canvas.X + canvas.Width && pasted.Y + pasted.Height <= canvas.Y + canvas.Height,
            $"The pasted step ({pasted.X}, {pasted.Y}, {pasted.Width}×{pasted.Height}) is not inside the canvas ({canvas.X}, {canvas.Y}, {canvas.Width}×{canvas.Height}).");
        var begin = await second.GetByTestId("node-begin").BoundingBoxAsync();
        Assert.True(pasted.X >= begin!.X + begin.Width || pasted.Y >= begin.Y + begin.Height, "The pasted step covers the flow's trigger.");
        await fixture.ScreenshotAsync(second, "designer-clipboard-01-pasted-in-other-tab");

        // Text that claims to be FlowStudio steps but is not readable: a clear error, and the flow stays as it was.
        await second.EvaluateAsync(PasteText, """{ "flowstudio": "nodes", "version": 1, "flow": { "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "x", "type": "no.such.step" } ], "connections": [] } }""");
        var error = second.Locator(".mud-snackbar").Filter(new() { HasText = "cannot be pasted" });
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("unknown step type 'no.such.step'");
        await Expect(second.Locator(".diagram-node")).ToHaveCountAsync(2);

        // A FlowStudio envelope on the system clipboard newer than the server copy is what gets pasted.
        await second.EvaluateAsync(PasteText, $$"""
            { "flowstudio": "nodes", "version": 1, "copiedAt": "{{DateTimeOffset.UtcNow.AddMinutes(1):O}}",
              "flow": { "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "wait", "type": "flow.delay", "label": "From the system clipboard", "position": { "x": 40, "y": 300 } } ], "connections": [] } }
            """);
        await Expect(second.GetByTestId("node-label-wait")).ToHaveTextAsync("From the system clipboard");
        await Expect(second.Locator(".diagram-node")).ToHaveCountAsync(3);
    }
}
