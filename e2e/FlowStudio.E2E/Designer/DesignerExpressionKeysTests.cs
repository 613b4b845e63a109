using FlowStudio.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Designer;

/// <summary>Expression suggestions can be picked without the mouse.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DesignerExpressionKeysTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ExpressionCompletion_ArrowDownEnter_InsertsTheFunctionFromTheKeyboard()
    {
        var page = await fixture.SignedInPageAsync(DesignerPage.Designer, DesignerPage.Password);
        var id = await DesignerPage.ImportAsync(page, DesignerPage.TwoStepFlow($"Expression keys {Guid.NewGuid():N}"));
        await DesignerPage.OpenAsync(fixture, page, id);
        await page.GetByTestId("node-total").ClickAsync();
        var input = page.GetByTestId("mapping-row").First.GetByTestId("expression-input");
        await input.FillAsync("");
        await input.PressSequentiallyAsync("1 + ROUN");
        await Expect(input).ToHaveValueAsync("1 + ROUN");
        var list = page.GetByTestId("expression-completions");
        await Expect(list).ToBeVisibleAsync();

        await input.PressAsync("ArrowDown");
        await Expect(list.Locator("[role=option][aria-selected=true]")).ToContainTextAsync("ROUND");
        await fixture.ScreenshotAsync(page, "designer-expression-01-highlighted");
        await input.PressAsync("Enter");

        await Expect(input).ToHaveValueAsync("1 + ROUND(");
        await Expect(list).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("expression-signature")).ToContainTextAsync("ROUND(");

        // With the list closed, Enter is an ordinary key again.
        await input.PressSequentiallyAsync("2.345, 2)");
        await input.PressAsync("Escape");
        await input.PressAsync("Enter");
        await Expect(input).ToHaveValueAsync("1 + ROUND(2.345, 2)\n");
    }
}
