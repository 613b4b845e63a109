using System.Text.RegularExpressions;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Designer;

/// <summary>Two people edit one flow: the second to save is told who saved what and when, and loses nothing whatever they choose.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DesignerSaveConflictTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SecondSave_OverNewerWork_ShowsWhoAndWhat_KeepEditingSaveOnTopAndSaveAsCopyLoseNothing()
    {
        var name = $"Shared flow {Guid.NewGuid():N}";
        var dana = await fixture.SignedInPageAsync(DesignerPage.Designer, DesignerPage.Password);
        var admin = await fixture.SignedInPageAsync(fixture.App.AdminEmail, fixture.App.AdminPassword);
        var id = await DesignerPage.ImportAsync(dana, DesignerPage.TwoStepFlow(name));
        await DesignerPage.OpenAsync(fixture, dana, id);
        await DesignerPage.OpenAsync(fixture, admin, id);

        // Dana adds a delay and saves first.
        await DesignerPage.DragFromPaletteAsync(dana, "Delay", "flow.delay", 420, 320);
        await DesignerPage.SaveAsync(dana);

        // The admin, still on the older copy, adds a stop and saves: told who saved what.
        await DesignerPage.DragFromPaletteAsync(admin, "Stop", "flow.stop", 120, 320);
        await Expect(admin.GetByTestId("dirty-marker")).ToBeVisibleAsync();
        await admin.GetByTestId("toolbar-save").ClickAsync();
        var conflict = admin.GetByTestId("save-conflict-dialog");
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict.GetByTestId("conflict-save")).ToHaveCountAsync(1);
        await Expect(conflict.GetByTestId("conflict-save")).ToContainTextAsync(DesignerPage.Designer);
        await Expect(conflict.GetByTestId("conflict-save")).ToContainTextAsync("UTC");
        await Expect(conflict.GetByTestId("conflict-changes")).ToContainTextAsync("Added “Delay”");
        await fixture.ScreenshotAsync(admin, "designer-conflict-01-dialog");

        // Keep editing: nothing saved, the admin's stop is still on the canvas and still unsaved.
        await admin.GetByTestId("conflict-keep-editing").ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(admin.GetByTestId("node-stop-1")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("dirty-marker")).ToBeVisibleAsync();

        // Save on top: the admin's version becomes the draft and Dana's save stays in History to view.
        await admin.GetByTestId("toolbar-save").ClickAsync();
        await admin.GetByTestId("conflict-overwrite").ClickAsync();
        await Expect(admin.GetByTestId("dirty-marker")).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        var danaSave = admin.GetByTestId("versions-list").Locator(".fs-version").Filter(new() { HasText = DesignerPage.Designer }).Filter(new() { HasText = "saved" });
        await Expect(danaSave).ToHaveCountAsync(1);
        await danaSave.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^View revision") }).ClickAsync();
        await Expect(admin.GetByTestId("node-delay-1")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("node-stop-1")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(admin, "designer-conflict-02-theirs-in-history");

        // Dana, now behind, edits again and keeps her work as a new flow; the shared flow keeps the admin's draft.
        await DesignerPage.DragFromPaletteAsync(dana, "Manual", "trigger.manual", 120, 420);
        await Expect(dana.GetByTestId("node-manual-1")).ToBeVisibleAsync();
        await Expect(dana.GetByTestId("dirty-marker")).ToBeVisibleAsync();
        await dana.GetByTestId("toolbar-save").ClickAsync();
        var danaConflict = dana.GetByTestId("save-conflict-dialog");
        await Expect(danaConflict.GetByTestId("conflict-save")).ToContainTextAsync(fixture.App.AdminEmail);
        await Expect(danaConflict.GetByTestId("conflict-changes")).ToContainTextAsync("Added “Stop”");
        await dana.GetByTestId("conflict-copy").ClickAsync();
        await Expect(dana).ToHaveURLAsync(new Regex($"/flows/(?!{id})[0-9a-f-]+/design$"));
        await DesignerPage.OpenedAsync(fixture, dana);
        await Expect(dana.GetByTestId("node-manual-1")).ToBeVisibleAsync();
        await Expect(dana.GetByTestId("node-delay-1")).ToBeVisibleAsync();
        await Expect(dana.GetByTestId("dirty-marker")).ToHaveCountAsync(0);
        await Expect(dana.GetByTestId("designer-title")).ToContainTextAsync($"{name} (my copy)");

        await DesignerPage.OpenAsync(fixture, dana, id);
        await Expect(dana.GetByTestId("node-stop-1")).ToBeVisibleAsync();
        await Expect(dana.GetByTestId("node-manual-1")).ToHaveCountAsync(0);
    }
}
