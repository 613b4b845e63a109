using System.Text.RegularExpressions;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Connections;

/// <summary>
/// "Sign in with Zoho" as a newcomer does it offline: a real-organisation connection on the sandbox data centre
/// (Development settings), the consent page, Accept, back in FlowStudio with the organisation list, save, test;
/// then Edit settings changes the rate limit and the connection still tests.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ZohoSignInJourneyTests(BrowserFixture fixture)
{
    private const string Designer = "designer@flowstudio.local";
    private const string Password = "Designer-Demo-2026";

    // The sandbox's demo OAuth client (ZohoSandboxDemo): what a person copies from the API console.
    private const string ClientId = "1000.SANDBOXDEMO0000000000000000000000";
    private const string ClientSecret = "sandbox0demo0secret0000000000000000000000000";

    [Fact]
    public async Task Designer_SignsInWithZoho_PicksTheOrganisation_SavesTestsAndEditsSettings()
    {
        var name = $"Zoho signed in {Guid.NewGuid():N}"[..24];
        var page = await fixture.SignedInPageAsync(Designer, Password);
        await page.SetViewportSizeAsync(1280, 800);
        await page.GetByTestId("nav-connections").ClickAsync();
        await page.GetByTestId("new-connection").ClickAsync();
        await page.GetByTestId("new-connection-connector").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Zoho Books" }).First.ClickAsync();

        // Two ways, signing in first: only its fields show, and its button is on screen without scrolling.
        var signInWay = page.GetByRole(AriaRole.Radio, new() { Name = "Sign in with Zoho (recommended)" });
        var pasteWay = page.GetByRole(AriaRole.Radio, new() { Name = "Paste a refresh token" });
        await Expect(signInWay).ToBeCheckedAsync();
        await Expect(page.GetByTestId("connection-field-refreshToken")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("new-connection-submit")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("zoho-sign-in-button")).ToBeInViewportAsync();
        await page.GetByText("Paste a refresh token").ClickAsync();
        await Expect(pasteWay).ToBeCheckedAsync();
        await Expect(page.GetByTestId("connection-field-refreshToken")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("find-organizations")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("zoho-sign-in")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "zoho-signin-00-paste-way");
        await page.GetByText("Sign in with Zoho (recommended)").ClickAsync();
        await Expect(signInWay).ToBeCheckedAsync();

        await page.GetByTestId("connection-field-dataCenter").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "FlowStudio sandbox" }).ClickAsync();
        await page.GetByTestId("connection-field-clientId").FillAsync(ClientId);
        await page.GetByTestId("connection-field-clientSecret").FillAsync(ClientSecret);
        await Expect(page.GetByTestId("zoho-redirect-uri")).ToHaveValueAsync(new Regex("^http://127\\.0\\.0\\.1:\\d+/connections/zoho/callback$"));
        await fixture.ScreenshotAsync(page, "zoho-signin-01-dialog");

        await page.GetByTestId("zoho-sign-in-button").ClickAsync();
        await page.WaitForURLAsync(new Regex("/sandbox/zoho-accounts/oauth/v2/auth\\?"), new() { Timeout = 60_000 });
        page.Url.ShouldNotContain(ClientSecret);
        await Expect(page.GetByTestId("consent-client-id")).ToHaveTextAsync(ClientId);
        await Expect(page.GetByTestId("consent-scopes")).ToContainTextAsync("ZohoBooks.settings.READ");
        await fixture.ScreenshotAsync(page, "zoho-signin-02-consent");

        await page.GetByTestId("consent-accept").ClickAsync();
        await page.WaitForURLAsync(new Regex("/connections$"));
        await BrowserFixture.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("zoho-signed-in")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("organization-picker")).ToContainTextAsync("FlowStudio Demo Ltd");
        await Expect(page.GetByTestId("connection-field-clientSecret")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("connection-field-refreshToken")).ToHaveCountAsync(0);
        await page.GetByTestId("new-connection-name").FillAsync(name);
        await fixture.ScreenshotAsync(page, "zoho-signin-03-organisation");
        await page.GetByTestId("new-connection-submit").ClickAsync();

        var row = page.GetByTestId("connections-table").Locator("tr", new() { HasText = name });
        await Expect(row.GetByTestId("connection-kind")).ToContainTextAsync("Real");
        await row.GetByRole(AriaRole.Button, new() { Name = "Test" }).ClickAsync();
        await Expect(row.GetByTestId("connection-test-status")).ToContainTextAsync("Works", new() { Timeout = 30_000 });
        await fixture.ScreenshotAsync(page, "zoho-signin-04-tested");

        await row.GetByTestId($"connection-actions-{name}").Locator("button").First.ClickAsync();
        await page.GetByTestId($"edit-settings-{name}").ClickAsync();
        await Expect(page.GetByTestId("connection-field-organizationId")).ToHaveValueAsync("10234695");
        await page.GetByTestId("connection-field-requestsPerMinute").FillAsync("5000");
        await page.GetByTestId("edit-settings-submit").ClickAsync();
        await Expect(page.GetByTestId("edit-settings-dialog"))
            .ToContainTextAsync("Requests per minute: must be a whole number from 1 to 1000; '5000' is not.");
        await fixture.ScreenshotAsync(page, "zoho-signin-05a-edit-settings-invalid");
        await page.GetByTestId("connection-field-requestsPerMinute").FillAsync("60");
        await fixture.ScreenshotAsync(page, "zoho-signin-05-edit-settings");
        await page.GetByTestId("edit-settings-submit").ClickAsync();
        await Expect(page.GetByText("Settings saved").First).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Test" }).ClickAsync();
        await Expect(page.GetByText("Connected to FlowStudio Demo Ltd").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Reconnect: Rotate secrets › Sign in with Zoho again replaces the refresh token on this connection.
        await row.GetByTestId($"connection-actions-{name}").Locator("button").First.ClickAsync();
        await page.GetByTestId($"rotate-secrets-{name}").ClickAsync();
        await Expect(page.GetByTestId("zoho-sign-in-again")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "zoho-signin-06-rotate-sign-in-again");
        await page.GetByTestId("zoho-sign-in-again-button").ClickAsync();
        await page.WaitForURLAsync(new Regex("/sandbox/zoho-accounts/oauth/v2/auth\\?"), new() { Timeout = 60_000 });
        page.Url.ShouldNotContain(ClientSecret);
        await page.GetByTestId("consent-accept").ClickAsync();
        await page.WaitForURLAsync(new Regex("/connections$"));
        await BrowserFixture.WaitForInteractivityAsync(page);
        await Expect(page.GetByText($"Signed in with Zoho again: the refresh token of '{name}' was replaced").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("new-connection-dialog")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "zoho-signin-07-signed-in-again");
        row = page.GetByTestId("connections-table").Locator("tr", new() { HasText = name });
        await row.GetByRole(AriaRole.Button, new() { Name = "Test" }).ClickAsync();
        await Expect(row.GetByTestId("connection-test-status")).ToContainTextAsync("Works", new() { Timeout = 30_000 });
    }
}
