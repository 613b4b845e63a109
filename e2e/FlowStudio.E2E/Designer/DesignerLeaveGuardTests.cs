using System.Text.RegularExpressions;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Designer;

/// <summary>Unsaved work is never lost by a stray click: leaving the designer asks first, in the app and in the browser.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DesignerLeaveGuardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Leaving_WithUnsavedEdit_AsksFirst_StayKeepsIt_LeaveDiscardsIt_AfterSaveNoQuestion()
    {
        var page = await fixture.SignedInPageAsync(DesignerPage.Designer, DesignerPage.Password);
        var id = await DesignerPage.ImportAsync(page, DesignerPage.TwoStepFlow($"Leave guard {Guid.NewGuid():N}"));
        await DesignerPage.OpenAsync(fixture, page, id);
        var design = page.Url;

        await DesignerPage.DragFromPaletteAsync(page, "Stop", "flow.stop", 420, 320);
        await Expect(page.GetByTestId("node-stop-1")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("dirty-marker")).ToBeVisibleAsync();

        await page.GetByTestId("nav-runs").ClickAsync();
        var question = page.Locator(".mud-dialog").Filter(new() { HasText = "Unsaved changes" });
        await Expect(question).ToBeVisibleAsync();
        await Expect(question).ToContainTextAsync("has changes that are not saved");
        await fixture.ScreenshotAsync(page, "designer-leave-01-asked");
        await question.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        await Expect(question).ToHaveCountAsync(0);
        Assert.Equal(design, page.Url);
        await Expect(page.GetByTestId("node-stop-1")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("dirty-marker")).ToBeVisibleAsync();

        await page.GetByTestId("nav-runs").ClickAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Leave without saving" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/runs$"));

        await DesignerPage.OpenAsync(fixture, page, id);
        await Expect(page.GetByTestId("node-total")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("node-stop-1")).ToHaveCountAsync(0);
        await DesignerPage.DragFromPaletteAsync(page, "Delay", "flow.delay", 420, 320);
        await Expect(page.GetByTestId("node-delay-1")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("dirty-marker")).ToHaveCountAsync(0);
        await page.GetByTestId("nav-runs").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/runs$"));
        await Expect(question).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ClosingTheTab_WithUnsavedEdit_BrowserAsksFirst_SavedClosesQuietly()
    {
        var page = await fixture.SignedInPageAsync(DesignerPage.Designer, DesignerPage.Password);
        var id = await DesignerPage.ImportAsync(page, DesignerPage.TwoStepFlow($"Unload guard {Guid.NewGuid():N}"));
        await DesignerPage.OpenAsync(fixture, page, id);
        await DesignerPage.DragFromPaletteAsync(page, "Stop", "flow.stop", 420, 320);
        await Expect(page.GetByTestId("dirty-marker")).ToBeVisibleAsync();

        var asked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };
        await page.CloseAsync(new() { RunBeforeUnload = true });
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken));
        Assert.False(page.IsClosed);
        await Expect(page.GetByTestId("node-stop-1")).ToBeVisibleAsync();

        await DesignerPage.SaveAsync(page);
        var again = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Dialog += (_, _) => again.TrySetResult(true);
        var closed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Close += (_, _) => closed.TrySetResult(true);
        await page.CloseAsync(new() { RunBeforeUnload = true });
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        Assert.False(again.Task.IsCompleted);
    }
}
