using Bunit;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Stripe;
using FlowStudio.Web.Components.Pages.Sandboxes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MudBlazor.Services;

namespace FlowStudio.Web.Tests.Sandboxes;

public sealed class SandboxesPageTests : IAsyncDisposable
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"stripe-sandbox-bunit-{Guid.NewGuid():N}.db");
    private readonly RecordingHookHandler hooks = new();
    private readonly BunitContext context = new();

    public SandboxesPageTests()
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLogging();
        context.Services.AddStripeSandbox(o => o.DatabasePath = databasePath);
        context.Services.AddHttpClient(WebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => hooks);
        context.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private async Task<IRenderedComponent<SandboxesPage>> RenderAsync()
    {
        foreach (var service in context.Services.GetServices<IHostedService>())
        {
            await service.StartAsync(Xunit.TestContext.Current.CancellationToken);
        }

        context.Render<MudBlazor.MudPopoverProvider>();
        return context.Render<SandboxesPage>();
    }

    [Fact]
    public async Task Page_ListsTheStripeSandboxWithItsEvent()
    {
        var page = await RenderAsync();

        page.Find("h1").TextContent.ShouldBe("Sandboxes");
        page.Find("[data-testid=sandbox-stripe]").TextContent.ShouldContain("/sandbox/stripe/v1");
        page.Find("[data-testid=sandbox-stripe]").TextContent.ShouldContain("Stripe-Signature");
    }

    [Fact]
    public async Task Simulate_WithHookUrl_ShowsTheDeliveryAnswerAndSendsASignedEvent()
    {
        var page = await RenderAsync();

        page.Find("input[data-testid=sandbox-stripe-hook-url]").Change("https://flowstudio.example.com/hooks/stripe-1");
        await page.Find("[data-testid=sandbox-stripe-simulate]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=sandbox-stripe-delivery]").TextContent.ShouldContain("HTTP 202"));
        page.Find("[data-testid=sandbox-stripe-delivery]").TextContent.ShouldContain("payment_intent.succeeded");
        page.Markup.ShouldContain("queued");
        var delivery = hooks.Deliveries.Single();
        delivery.Url.ToString().ShouldBe("https://flowstudio.example.com/hooks/stripe-1");
        delivery.Signature.ShouldStartWith("t=");
        delivery.Signature.ShouldContain(",v1=");
    }

    [Fact]
    public async Task Simulate_WithoutHookUrl_ShowsTheProblemAndSendsNothing()
    {
        var page = await RenderAsync();

        await page.Find("[data-testid=sandbox-stripe-simulate]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=sandbox-stripe-problem]").TextContent.ShouldContain("hook_url must be an absolute http or https URL"));
        hooks.Deliveries.ShouldBeEmpty();
    }

    [Fact]
    public async Task RedeliverLastEvent_SendsTheSameEventAgain_AndIsOffOnlyBeforeTheFirstSend()
    {
        var page = await RenderAsync();
        page.Find("[data-testid=sandbox-stripe-redeliver]").HasAttribute("disabled").ShouldBeTrue();

        page.Find("input[data-testid=sandbox-stripe-hook-url]").Change("https://flowstudio.example.com/hooks/stripe-1");
        page.Find("input[data-testid=sandbox-stripe-amount]").Change("310.25");
        await page.Find("[data-testid=sandbox-stripe-simulate]").ClickAsync(new());
        page.WaitForAssertion(() => page.Find("[data-testid=sandbox-stripe-last-event]").TextContent.ShouldContain("https://flowstudio.example.com/hooks/stripe-1"));
        await page.Find("[data-testid=sandbox-stripe-redeliver]").ClickAsync(new());

        page.WaitForAssertion(() => hooks.Deliveries.Count.ShouldBe(2));
        var (first, again) = (hooks.Deliveries.First(), hooks.Deliveries.Last());
        again.Body.ShouldBe(first.Body);
        first.Body.ShouldContain("\"amount\":31025");
        again.Url.ShouldBe(first.Url);
        var eventId = context.Services.GetRequiredService<StripeSandboxConsole>().LastDelivered!.EventId;
        page.WaitForAssertion(() => page.Find("[data-testid=sandbox-stripe-delivery]").TextContent.ShouldContain(eventId));
    }

    [Theory]
    [InlineData("{\"message\":\"Duplicate: this event was already received; no new run.\"}", "Duplicate: this event was already received; no new run.")]
    [InlineData("queued", null)]
    [InlineData("{\"error\":\"nope\"}", null)]
    [InlineData("{ broken", null)]
    [InlineData("", null)]
    public void HookAnswerText_ReadsOnlyAJsonMessage(string body, string? expected) => HookAnswerText.From(body).ShouldBe(expected);

    [Fact]
    public async Task ApplyFaults_SetsTheSandboxFaults()
    {
        var page = await RenderAsync();

        page.Find("input[data-testid=sandbox-stripe-throttle-next]").Change("3");
        await page.Find("[data-testid=sandbox-stripe-apply-faults]").ClickAsync(new());

        context.Services.GetRequiredService<StripeSandboxConsole>().Faults.Settings.ThrottleNextRequests.ShouldBe(3);
        page.WaitForAssertion(() => page.Find("[data-testid=sandbox-stripe-faults-now]").TextContent.ShouldContain("3 × 429"));
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }
}
