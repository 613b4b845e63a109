using System.Net;
using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Web.Components.Pages.Triggers;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FlowStudio.Web.Tests.Triggers;

/// <summary>The Triggers page over published webhook, schedule and poll flows in the real app (real SQLite, real Quartz).</summary>
public sealed class TriggersPageTests(TriggerScreensApp app) : IClassFixture<TriggerScreensApp>, IAsyncLifetime
{
    // Friday 2025-03-28 12:00 UTC; the UK clocks go forward on Sunday 30 March.
    private static readonly DateTimeOffset Now = new(2025, 3, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Guid _webhookFlow;
    private static Guid _scheduleFlow;
    private static string _hookKey = "";

    public async ValueTask InitializeAsync()
    {
        await Once.WaitAsync(TriggerScreensApp.Ct);
        try
        {
            if (_webhookFlow != Guid.Empty && await Published())
            {
                return;
            }

            _webhookFlow = await app.PublishAsync("Ramp card spend", "ramp", NodeTypeKeys.WebhookTrigger,
                """{ "provider": "generic", "secret": "conn_webhook", "signatureHeader": "X-Signature", "eventIdPath": "id" }""");
            _scheduleFlow = await app.PublishAsync("Morning AR digest", "morning", NodeTypeKeys.ScheduleTrigger,
                """{ "cron": "0 0 8 ? * MON-FRI", "timeZone": "Europe/London", "misfire": "skip" }""");
            await app.PublishAsync("Salesforce opportunities", "opps", NodeTypeKeys.PollTrigger,
                """{ "connection": "sf", "operation": "salesforce.query", "interval": "PT5M", "cursorField": "SystemModstamp", "backfillFrom": "2024-06-01" }""");
            _hookKey = await app.HookKeyAsync(_webhookFlow, "ramp");
            foreach (var attempt in new[] { "txn_1", "txn_1" })
            {
                using var response = await app.Client.SendAsync(WebhookSigning.SignedRequest(_hookKey, $"{{\"id\":\"{attempt}\",\"amount\":\"125.40\"}}", TriggerScreensApp.Secret), TriggerScreensApp.Ct);
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
            }
        }
        finally
        {
            Once.Release();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Webhooks_PublishedHook_ListedWithUrlSchemeAndCountsByStatus()
    {
        await using var context = Context(Roles.Viewer);

        var page = context.Render<TriggersPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=webhook-triggers]").TextContent.ShouldContain("Ramp card spend"));
        var table = page.Find("[data-testid=webhook-triggers]");
        table.QuerySelector("[data-testid=hook-url]")!.TextContent.ShouldBe($"https://flows.example.com/hooks/{_hookKey}");
        table.QuerySelector("[data-testid=webhook-scheme]")!.TextContent.Trim().ShouldBe("HMAC-SHA256 (hex) in X-Signature");
        table.QuerySelector("[data-testid=webhook-count-accepted]")!.TextContent.ShouldBe("accepted 1");
        table.QuerySelector("[data-testid=webhook-count-duplicate]")!.TextContent.ShouldBe("duplicate 1");
        table.QuerySelector("[data-testid=webhook-count-rejected]")!.TextContent.ShouldBe("rejected 0");
        page.Find("[data-testid=tab-webhooks]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Schedules_Viewer_SeesWordsZoneAndNextFiveFiresButNoPauseButton()
    {
        await using var context = Context(Roles.Viewer, "/triggers?tab=schedules");

        var page = context.Render<TriggersPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=schedule-triggers]"));
        page.Find("[data-testid=schedule-description]").TextContent.ShouldContain("Every weekday at 08:00");
        page.Find("[data-testid=schedule-description]").TextContent.ShouldContain("missed times skipped");
        page.Find("[data-testid=schedule-zone]").TextContent.ShouldBe("Europe/London");
        page.FindAll("[data-testid=fire-time]").Select(f => f.TextContent).ShouldBe([
            "Mon 31 Mar 2025, 08:00 UTC+01:00", "Tue 1 Apr 2025, 08:00 UTC+01:00", "Wed 2 Apr 2025, 08:00 UTC+01:00",
            "Thu 3 Apr 2025, 08:00 UTC+01:00", "Fri 4 Apr 2025, 08:00 UTC+01:00",
        ]);
        page.FindAll("[data-testid=pause-morning]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Schedules_DesignerPausesThenResumes_StateStoredQuartzTriggerPausedAndAudited()
    {
        await using var context = Context(Roles.Designer, "/triggers?tab=schedules");
        var page = context.Render<TriggersPage>();
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TriggerScreensApp.Ct);
        var key = new TriggerKey($"schedule-{_scheduleFlow:N}-morning", "flowstudio-triggers");

        page.WaitForElement("[data-testid=pause-morning]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=trigger-state]").TextContent.ShouldBe("Paused"));
        (await State()).Paused.ShouldBeTrue();
        (await scheduler.GetTriggerState(key, TriggerScreensApp.Ct)).ShouldBe(TriggerState.Paused);
        page.Markup.ShouldContain("Paused: nothing fires until resumed");
        context.Snackbars().ShouldContain("Paused 'morning' of 'Morning AR digest'.");

        page.Find("[data-testid=resume-morning]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=trigger-state]").TextContent.ShouldBe("Active"));
        (await State()).Paused.ShouldBeFalse();
        (await scheduler.GetTriggerState(key, TriggerScreensApp.Ct)).ShouldBe(TriggerState.Normal);
        page.FindAll("[data-testid=fire-time]").Count.ShouldBe(5);
    }

    [Fact]
    public async Task Polls_ShowConnectionOperationIntervalAndWatermark_DesignerMayBackfill()
    {
        await using var context = Context(Roles.Designer, "/triggers?tab=polls");

        var page = context.Render<TriggersPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=poll-triggers]"));
        var table = page.Find("[data-testid=poll-triggers]").TextContent;
        table.ShouldContain("Salesforce opportunities");
        table.ShouldContain("sf");
        table.ShouldContain("salesforce.query");
        table.ShouldContain("every 5 minutes");
        page.Find("[data-testid=poll-watermark]").TextContent.ShouldBe("2024-06-01T00:00:00Z");
        page.Find("[data-testid=poll-last]").TextContent.ShouldContain("Not polled yet");
        page.FindAll("[data-testid=backfill-opps]").Count.ShouldBe(1);
        page.FindAll("[data-testid=pause-opps]").Count.ShouldBe(1);
    }

    private async Task<bool> Published() =>
        (await app.Services.GetRequiredService<TriggerQueries>().ListAsync(cancellationToken: TriggerScreensApp.Ct)).Count == 3;

    private async Task<TriggerSummary> State() =>
        (await app.Services.GetRequiredService<TriggerQueries>().ListAsync(TriggerKind.Schedule, _scheduleFlow, TriggerScreensApp.Ct)).Single();

    private TriggerScreenContext Context(string role, string? uri = null)
    {
        var context = new TriggerScreenContext(app.Services, FixedAuthenticationStateProvider.Person("u1", $"{role}@flowstudio.local", role), new FixedClock(Now));
        context.RenderProviders();
        if (uri is not null)
        {
            context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        }

        return context;
    }
}
