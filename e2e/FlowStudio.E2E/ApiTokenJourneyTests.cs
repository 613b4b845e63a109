using System.Net;
using System.Net.Http.Headers;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E;

[Collection(BrowserTestGroup.Name)]
public sealed class ApiTokenJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Designer_CreatesToken_CallsApiWithIt_RevokesIt()
    {
        var page = await fixture.SignedInPageAsync("designer@flowstudio.local", "Designer-Demo-2026");

        await page.GetByTestId("nav-account-tokens").ClickAsync();
        await page.GetByTestId("token-name").FillAsync("Month-end export");
        await page.GetByTestId("token-name").PressAsync("Tab");
        await page.GetByTestId("create-token").ClickAsync();
        var secret = (await page.GetByTestId("new-token-secret").TextContentAsync())!.Trim();
        secret.ShouldStartWith("fsp_");
        await Expect(page.GetByTestId("tokens-table")).ToContainTextAsync("Month-end export");
        await fixture.ScreenshotAsync(page, "10-api-token-created");

        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var me = await http.GetStringAsync(new Uri("/api/v1/me", UriKind.Relative), TestContext.Current.CancellationToken);
        me.ShouldContain("designer@flowstudio.local");

        await page.GetByTestId($"revoke-{secret[..10]}").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(page.GetByTestId("tokens-table")).ToContainTextAsync("Revoked");
        await fixture.ScreenshotAsync(page, "11-api-token-revoked");

        var after = await http.GetAsync(new Uri("/api/v1/me", UriKind.Relative), TestContext.Current.CancellationToken);
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
