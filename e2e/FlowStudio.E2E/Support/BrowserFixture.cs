using Microsoft.Playwright;

namespace FlowStudio.E2E.Support;

/// <summary>One app process and one headless Debian Chromium shared by the e2e tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public AppProcess App { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public string ScreenshotDirectory { get; } = Path.Combine(AppProcess.RepositoryRoot(), "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        // CI machines have two cores shared with the app under test; give assertions room.
        Assertions.SetDefaultExpectTimeout(15_000);
        App = await AppProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as <paramref name="email"/>, with the Blazor circuit connected.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await WaitForInteractivityAsync(page);
        return page;
    }

    // Pages are prerendered; clicks only work once the circuit is connected and the layout says so.
    public static async Task WaitForInteractivityAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => document.querySelector('[data-interactive=true]') !== null");

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
