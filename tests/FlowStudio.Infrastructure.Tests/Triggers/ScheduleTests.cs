using FlowStudio.Core.Catalog;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using FlowStudio.Infrastructure.Tests.Triggers.Support;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Schedules;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FlowStudio.Infrastructure.Tests.Triggers;

public sealed class ScheduleTests
{
    private static readonly CancellationToken Ct = TriggerHarness.Ct;

    [Fact]
    public void NextFireTimes_WeekdaysAt0800London_AcrossTheClockChange()
    {
        ScheduleSpec.TryParse(CronBuilder.Weekdays(new TimeOnly(8, 0)), "Europe/London", null, out var spec, out var error).ShouldBeTrue(error);

        // Friday 2025-03-28 12:00 UTC; the clocks go forward on Sunday 30 March.
        var fires = spec.NextFireTimes(new DateTimeOffset(2025, 3, 28, 12, 0, 0, TimeSpan.Zero));

        fires.ShouldBe([
            new DateTimeOffset(2025, 3, 31, 7, 0, 0, TimeSpan.Zero), // Monday 08:00 BST
            new DateTimeOffset(2025, 4, 1, 7, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 4, 2, 7, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 4, 3, 7, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 4, 4, 7, 0, 0, TimeSpan.Zero),
        ]);
        fires.Select(f => spec.ToLocal(f).Hour).ShouldAllBe(h => h == 8);
    }

    [Fact]
    public void NextFireTimes_EveryMondayAt0700_Utc()
    {
        ScheduleSpec.TryParse("0 0 7 ? * MON", null, "skip", out var spec, out _).ShouldBeTrue();
        spec.Misfire.ShouldBe(MisfirePolicy.Skip);
        spec.NextFireTimes(new DateTimeOffset(2025, 1, 6, 7, 0, 0, TimeSpan.Zero), 2)
            .ShouldBe([new DateTimeOffset(2025, 1, 13, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 1, 20, 7, 0, 0, TimeSpan.Zero)]);
    }

    [Theory]
    [InlineData("0 0 8 ? * FUNDAY", "UTC", "cron:")]
    [InlineData("0 0 8 ? * MON-FRI", "Mars/Olympus", "timeZone: 'Mars/Olympus' is not a known time zone")]
    [InlineData("", null, "cron: a schedule needs a cron expression")]
    public void TryParse_BadInput_SaysWhichPart(string cron, string? zone, string expected)
    {
        ScheduleSpec.TryParse(cron, zone, null, out _, out var error).ShouldBeFalse();
        error.ShouldStartWith(expected);
    }

    [Theory]
    [InlineData("0 0 8 ? * MON-FRI", "Every weekday at 08:00")]
    [InlineData("0 0 7 ? * MON", "Every Monday at 07:00")]
    [InlineData("0 30 6 * * ?", "Every day at 06:30")]
    [InlineData("0 0 9 ? * TUE,THU", "Every Tuesday, Thursday at 09:00")]
    [InlineData("0 0 9 15 * ?", "Day 15 of every month at 09:00")]
    [InlineData("0 0/10 * * * ?", "Every 10 minutes")]
    [InlineData("0 0 8 L * ?", "0 0 8 L * ?")]
    public void Describe_BuilderCrons_ReadAsWords(string cron, string words) => CronBuilder.Describe(cron).ShouldBe(words);

    [Fact]
    public void Builder_MakesValidQuartzCron()
    {
        CronBuilder.Weekly([DayOfWeek.Friday, DayOfWeek.Monday], new TimeOnly(7, 15)).ShouldBe("0 15 7 ? * MON,FRI");
        CronBuilder.Monthly(1, new TimeOnly(9, 0)).ShouldBe("0 0 9 1 * ?");
        CronBuilder.Presets.Where(p => !ScheduleSpec.TryParse(p.Cron, null, null, out _, out _)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Publish_Schedule_OneQuartzTriggerWithStableIdentity_RepublishDoesNotDuplicateOrMove()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 8 ? * MON-FRI", "timeZone": "Europe/London" }""");
        var scheduler = await harness.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        var key = new TriggerKey($"schedule-{flowId:N}-trigger", "flowstudio-triggers");
        var first = await scheduler.GetTrigger(key, Ct);
        first.ShouldNotBeNull();
        first.NextFireTimeUtc.ShouldBe(new DateTimeOffset(2024, 6, 10, 7, 0, 0, TimeSpan.Zero)); // harness clock: Mon 2024-06-10 06:13 UTC

        await harness.Services.GetRequiredService<FlowStudio.Infrastructure.Triggers.Activation.TriggerSynchronizer>().ReconcileAsync(Ct);
        harness.Clock.Advance(TimeSpan.FromMinutes(30));
        await harness.Services.GetRequiredService<FlowStudio.Infrastructure.Triggers.Activation.TriggerSynchronizer>().SyncFlowAsync(flowId, Ct);

        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals("flowstudio-triggers"), Ct);
        keys.ShouldBe([key]);
        (await scheduler.GetTrigger(key, Ct))!.NextFireTimeUtc.ShouldBe(first.NextFireTimeUtc);
    }

    [Fact]
    public async Task PauseAndResume_PersistedAndAppliedToQuartz()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 7 ? * MON" }""");
        var commands = harness.Services.GetRequiredService<TriggerCommands>();
        var scheduler = await harness.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        var key = new TriggerKey($"schedule-{flowId:N}-trigger", "flowstudio-triggers");

        (await commands.SetPausedAsync(flowId, "trigger", paused: true, RunHarness.Admin, Ct)).ShouldBeTrue();
        (await scheduler.GetTriggerState(key, Ct)).ShouldBe(TriggerState.Paused);

        // A re-sync (start-up, re-publish) keeps it paused: the database says so.
        await harness.Services.GetRequiredService<FlowStudio.Infrastructure.Triggers.Activation.TriggerSynchronizer>().SyncFlowAsync(flowId, Ct);
        (await scheduler.GetTriggerState(key, Ct)).ShouldBe(TriggerState.Paused);
        (await harness.Services.GetRequiredService<TriggerQueries>().ListAsync(TriggerKind.Schedule, flowId, Ct)).Single().Paused.ShouldBeTrue();

        (await commands.SetPausedAsync(flowId, "trigger", paused: false, RunHarness.Admin, Ct)).ShouldBeTrue();
        (await scheduler.GetTriggerState(key, Ct)).ShouldBe(TriggerState.Normal);
    }

    [Fact]
    public async Task Fire_SameScheduledTimeTwice_OneRun()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 7 ? * MON" }""");
        var firer = harness.Services.GetRequiredService<ScheduleFirer>();
        var at = new DateTimeOffset(2024, 6, 17, 7, 0, 0, TimeSpan.Zero);

        (await firer.FireAsync(flowId, "trigger", at, at)).Status.ShouldBe(InboxStatus.Accepted);
        (await firer.FireAsync(flowId, "trigger", at, at.AddSeconds(2))).Status.ShouldBe(InboxStatus.Duplicate);
        (await firer.FireAsync(flowId, "trigger", at.AddDays(7), at.AddDays(7))).Status.ShouldBe(InboxStatus.Accepted);

        (await harness.RunTriggersAsync(flowId)).ShouldContain(t => t.Contains("\"scheduledFor\":\"2024-06-17T07:00:00Z\"", StringComparison.Ordinal));
        (await harness.RunCountAsync(flowId)).ShouldBe(2);
    }

    [Fact]
    public async Task Publish_BadCron_RecordsErrorAndSchedulesNothing()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 8 ? * FUNDAY" }""");
        var trigger = (await harness.Services.GetRequiredService<TriggerQueries>().ListAsync(TriggerKind.Schedule, flowId, Ct)).Single();
        trigger.LastError!.ShouldStartWith("cron:");
        (await harness.Services.GetRequiredService<TriggerQueries>().NextFireAsync(TriggerKind.Schedule, flowId, "trigger", Ct)).ShouldBeNull();
    }
}
