using System.Text.RegularExpressions;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E;

[Collection(BrowserTestGroup.Name)]
public sealed partial class NewcomerJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Newcomer_SignsInWithPrintedPassword_SeesOwnSignInInAuditLog_SignsOut()
    {
        fixture.App.AdminPassword.ShouldNotBeNullOrEmpty("the first start prints the admin password");
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await fixture.ScreenshotAsync(page, "01-sign-in");

        await page.GetByTestId("email").FillAsync(fixture.App.AdminEmail);
        await page.GetByTestId("password").FillAsync(fixture.App.AdminPassword);
        await page.GetByTestId("sign-in").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Administrator" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-admin-audit")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("platform-status")).ToContainTextAsync("Sqlite");
        await BrowserFixture.WaitForInteractivityAsync(page);
        await fixture.ScreenshotAsync(page, "02-dashboard");

        await page.GetByTestId("nav-admin-audit").ClickAsync();
        await Expect(page).ToHaveURLAsync(AuditUrl());
        var ownSignIn = page.GetByTestId("audit-summary").Filter(new() { HasText = $"{fixture.App.AdminEmail} signed in" });
        await Expect(ownSignIn.First).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "03-audit-log");

        await ownSignIn.First.ClickAsync();
        await Expect(page.GetByTestId("audit-entry-dialog")).ToContainTextAsync("auth.sign-in.succeeded");
        await fixture.ScreenshotAsync(page, "04-audit-entry");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByTestId("audit-entry-dialog")).ToHaveCountAsync(0);

        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await fixture.ScreenshotAsync(page, "05-signed-out");

        await page.GotoAsync("/admin/audit");
        await Expect(page).ToHaveURLAsync(LoginUrl());
    }

    [Fact]
    public async Task Viewer_SeesOnlyTheDashboard_AndIsTurnedAwayFromAdminPages()
    {
        var page = await fixture.SignedInPageAsync("viewer@flowstudio.local", "Viewer-Demo-2026");

        await Expect(page.GetByTestId("role-summary")).ToContainTextAsync("Viewer");
        await Expect(page.GetByTestId("nav-admin-users")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("nav-admin-audit")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "06-viewer-dashboard");

        await BrowserFixture.WaitForInteractivityAsync(page);
        await page.GetByTestId("theme-toggle").ClickAsync();
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        await fixture.ScreenshotAsync(page, "06b-viewer-dark");

        await page.GotoAsync("/admin/users");
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "07-viewer-denied");
    }

    [Fact]
    public async Task Admin_CreatesUserInDialog_UserAppearsAndCanSignIn()
    {
        var page = await fixture.SignedInPageAsync(fixture.App.AdminEmail, fixture.App.AdminPassword);

        await page.GetByTestId("nav-admin-users").ClickAsync();
        await page.GetByTestId("create-user").ClickAsync();
        var dialog = page.GetByTestId("create-user-dialog");
        await dialog.GetByLabel("Email").FillAsync("new.analyst@flowstudio.local");
        await dialog.GetByLabel("Display name").FillAsync("New Analyst");
        await dialog.GetByLabel("Password", new() { Exact = true }).FillAsync("weak");
        await page.GetByTestId("create-user-submit").ClickAsync();
        await Expect(page.GetByTestId("error-list")).ToContainTextAsync("at least 12 characters");
        await fixture.ScreenshotAsync(page, "08-create-user-error");

        await dialog.GetByLabel("Password", new() { Exact = true }).FillAsync("Analyst-Password-42");
        await page.GetByTestId("create-user-submit").ClickAsync();
        await Expect(page.GetByTestId("users-table")).ToContainTextAsync("new.analyst@flowstudio.local");
        await fixture.ScreenshotAsync(page, "09-users");

        var other = await fixture.SignedInPageAsync("new.analyst@flowstudio.local", "Analyst-Password-42");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Welcome, New Analyst" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();

    [GeneratedRegex("/admin/audit$")]
    private static partial Regex AuditUrl();
}
