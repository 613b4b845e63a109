using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Polish;

/// <summary>
/// Walks the main pages as admin, designer and viewer in light and dark mode: a screenshot of each to look at,
/// and checks a screenshot cannot show — a heading, no error banner, no in-app link that leads nowhere.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PolishWalkTests(BrowserFixture fixture)
{
    private static readonly string[] ViewerPages = ["/", "/flows", "/runs", "/lookups", "/account/tokens"];
    private static readonly string[] DesignerPages = [.. ViewerPages, "/connections"];
    private static readonly string[] AdminPages = [.. DesignerPages, "/approvals", "/admin/users", "/admin/audit", "/admin/sandboxes", "/sandboxes/mailbox"];

    public static TheoryData<string> Roles => new("admin", "designer", "viewer");

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task MainPages_LightAndDark_RenderWithHeadingAndWorkingLinks(string role)
    {
        var (email, password, pages) = role switch
        {
            "admin" => (fixture.App.AdminEmail, fixture.App.AdminPassword, AdminPages),
            "designer" => ("designer@flowstudio.local", "Designer-Demo-2026", DesignerPages),
            _ => ("viewer@flowstudio.local", "Viewer-Demo-2026", ViewerPages),
        };
        var page = await fixture.SignedInPageAsync(email, password);
        var flowId = await PolishFlows.EnsureEightStepFlowAsync(fixture);
        var checkedLinks = new HashSet<string>(StringComparer.Ordinal);

        // The theme is remembered per person and other tests may have left this one dark: start from light.
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractivityAsync(page);
        if (await page.GetByTestId("theme-toggle").GetAttributeAsync("aria-label") == "Switch to light theme")
        {
            await page.GetByTestId("theme-toggle").ClickAsync();
            await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to dark theme");
        }

        foreach (var theme in new[] { "light", "dark" })
        {
            foreach (var path in pages)
            {
                await page.GotoAsync(path);
                await BrowserFixture.WaitForInteractivityAsync(page);
                await Expect(page.Locator("h1").First).ToBeVisibleAsync();
                await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
                await fixture.ScreenshotAsync(page, $"polish-{role}-{theme}{Slug(path)}");
                await CheckLinksAsync(page, path, checkedLinks);
            }

            await page.GotoAsync($"/flows/{flowId}/design");
            await Expect(page.Locator("[data-testid=designer][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.Locator(".diagram-node")).ToHaveCountAsync(8);
            await fixture.ScreenshotAsync(page, $"polish-{role}-{theme}-designer");

            if (theme == "light")
            {
                await page.GotoAsync("/");
                await BrowserFixture.WaitForInteractivityAsync(page);
                await page.GetByTestId("theme-toggle").ClickAsync();
                await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
            }
        }

        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractivityAsync(page);
        await page.GetByTestId("theme-toggle").ClickAsync();
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to dark theme");
    }

    private static async Task CheckLinksAsync(IPage page, string from, HashSet<string> seen)
    {
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))");
        foreach (var href in hrefs.Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal)).Distinct())
        {
            var target = href.Split('#')[0];
            if (target.Length == 0 || target.StartsWith("/account/logout", StringComparison.Ordinal) || !seen.Add(target))
            {
                continue;
            }

            var response = await page.Context.APIRequest.GetAsync(target, new() { MaxRedirects = 0 });
            Assert.True(response.Status is < 400, $"The link {href} on {from} answers {response.Status}.");
        }
    }

    private static string Slug(string path) => path == "/" ? "-dashboard" : path.Replace('/', '-');
}
