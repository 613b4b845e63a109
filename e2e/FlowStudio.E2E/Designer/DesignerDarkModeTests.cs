using System.Globalization;
using System.Text.RegularExpressions;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Designer;

/// <summary>Dark mode reaches the canvas: background, nodes, links, ports, navigator, palette and properties panel.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class DesignerDarkModeTests(BrowserFixture fixture)
{
    // For each part: its effective background (the first non-transparent one up the tree), its text colour, and for
    // SVG links the stroke. Computed by the browser, so it is what the person sees.
    private const string Measure = """
        selectors => selectors.map(selector => {
            const element = document.querySelector(selector);
            if (!element) return { selector, missing: true };
            const style = getComputedStyle(element);
            let background = 'rgba(0, 0, 0, 0)';
            for (let e = element; e; e = e.parentElement) {
                const b = getComputedStyle(e).backgroundColor;
                if (b && b !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(b)) { background = b; break; }
            }
            return { selector, missing: false, background, color: style.color, stroke: style.stroke, borderColor: style.borderTopColor };
        })
        """;

    private static readonly string[] Measured =
    [
        ".fs-designer-canvas", "[data-testid=node-total]", "[data-testid=node-label-total]", ".diagram-link path",
        ".fs-designer-canvas .navigator", ".fs-designer-palette", ".fs-designer-side", ".fs-designer-side textarea", ".fs-palette-item",
        "[data-testid=node-total] .fs-port-in",
    ];

    [Fact]
    public async Task DarkMode_Designer_CanvasNodesLinksAndPanelsAreDarkWithReadableText()
    {
        var page = await fixture.SignedInPageAsync(DesignerPage.Designer, DesignerPage.Password);
        var id = await DesignerPage.ImportAsync(page, DesignerPage.TwoStepFlow($"Dark canvas {Guid.NewGuid():N}"));
        await SetDarkAsync(page, dark: true);
        try
        {
            await DesignerPage.OpenAsync(fixture, page, id);
            await page.GetByTestId("node-total").ClickAsync();
            await Expect(page.GetByTestId("mapping-row").First).ToBeVisibleAsync();
            await fixture.ScreenshotAsync(page, "designer-dark-01-canvas");

            var parts = await page.EvaluateAsync<Part[]>(Measure, Measured);
            var by = parts.ToDictionary(p => p.Selector);
            Assert.All(parts, p => Assert.False(p.Missing, $"{p.Selector} is not on the page."));

            foreach (var dark in new[] { ".fs-designer-canvas", "[data-testid=node-total]", ".fs-designer-canvas .navigator", ".fs-designer-palette", ".fs-designer-side", ".fs-designer-side textarea" })
            {
                Assert.True(Luminance(by[dark].Background) < 0.1, $"{dark} background {by[dark].Background} is not dark.");
            }

            foreach (var text in new[] { "[data-testid=node-label-total]", ".fs-designer-side textarea", ".fs-palette-item" })
            {
                var ratio = Contrast(by[text].Color, by[text].Background);
                Assert.True(ratio >= 4.5, $"{text}: text {by[text].Color} on {by[text].Background} has contrast {ratio:0.0}, below 4.5.");
            }

            var canvas = by[".fs-designer-canvas"].Background;
            var link = Contrast(by[".diagram-link path"].Stroke, canvas);
            Assert.True(link >= 3, $"Links ({by[".diagram-link path"].Stroke}) on the canvas ({canvas}) have contrast {link:0.0}, below 3.");
            var port = Contrast(by["[data-testid=node-total] .fs-port-in"].BorderColor, canvas);
            Assert.True(port >= 3, $"Ports ({by["[data-testid=node-total] .fs-port-in"].BorderColor}) on the canvas have contrast {port:0.0}, below 3.");
        }
        finally
        {
            await SetDarkAsync(page, dark: false);
        }
    }

    // The theme is remembered per person; other tests expect light, so this one puts it back.
    private static async Task SetDarkAsync(IPage page, bool dark)
    {
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractivityAsync(page);
        var wanted = dark ? "Switch to light theme" : "Switch to dark theme";
        if (await page.GetByTestId("theme-toggle").GetAttributeAsync("aria-label") != wanted)
        {
            await page.GetByTestId("theme-toggle").ClickAsync();
            await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", wanted);
        }
    }

    private static double Contrast(string foreground, string background)
    {
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>WCAG relative luminance of a CSS rgb()/rgba() colour (alpha ignored: the parts measured are opaque).</summary>
    private static double Luminance(string css)
    {
        var numbers = Channel().Matches(css).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).Take(3).ToArray();
        Assert.True(numbers.Length == 3, $"'{css}' is not an rgb() colour.");
        static double Linear(double c) => (c /= 255) <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(numbers[0])) + (0.7152 * Linear(numbers[1])) + (0.0722 * Linear(numbers[2]));
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Channel();

    public sealed class Part
    {
        public string Selector { get; set; } = "";

        public bool Missing { get; set; }

        public string Background { get; set; } = "";

        public string Color { get; set; } = "";

        public string Stroke { get; set; } = "";

        public string BorderColor { get; set; } = "";
    }
}
