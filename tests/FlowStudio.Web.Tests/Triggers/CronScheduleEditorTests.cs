using Bunit;
using FlowStudio.Web.Components.Triggers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;
using MudBlazor.Services;

namespace FlowStudio.Web.Tests.Triggers;

public sealed class CronScheduleEditorTests : BunitContext
{
    // Friday 2025-03-28 12:00 UTC; the UK clocks go forward on Sunday 30 March.
    private static readonly DateTimeOffset Now = new(2025, 3, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly List<string> _emitted = [];

    public CronScheduleEditorTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        Render<MudPopoverProvider>();
    }

    [Fact]
    public void Render_WeekdaysCronInLondon_ShowsWordsAndNextFiveFiresInThatZone()
    {
        var editor = RenderEditor("0 0 8 ? * MON-FRI", "Europe/London");

        editor.Find("[data-testid=cron-summary]").TextContent.ShouldContain("Every weekday at 08:00 in Europe/London");
        editor.FindAll("[data-testid=fire-time]").Select(li => li.TextContent).ShouldBe([
            "Mon 31 Mar 2025, 08:00 UTC+01:00",
            "Tue 1 Apr 2025, 08:00 UTC+01:00",
            "Wed 2 Apr 2025, 08:00 UTC+01:00",
            "Thu 3 Apr 2025, 08:00 UTC+01:00",
            "Fri 4 Apr 2025, 08:00 UTC+01:00",
        ]);
        editor.FindComponent<MudSelect<ScheduleMode>>().Instance.GetState(x => x.Value).ShouldBe(ScheduleMode.Weekdays);
        editor.FindComponent<MudTimePicker>().Instance.Time.ShouldBe(new TimeSpan(8, 0, 0));
    }

    [Fact]
    public void Render_Utc_FiresBeforeTheClockChangeReadAsUtc()
    {
        var editor = RenderEditor("0 0 7 ? * MON", null);

        editor.FindAll("[data-testid=fire-time]")[0].TextContent.ShouldBe("Mon 31 Mar 2025, 07:00 UTC");
        editor.Find("[data-testid=cron-summary]").TextContent.ShouldContain("Every Monday at 07:00 in UTC");
    }

    [Fact]
    public async Task Builder_ModeTimeAndDays_EmitTheMatchingQuartzCron()
    {
        var editor = RenderEditor("0 0 6 * * ?", "UTC");
        editor.FindComponent<MudSelect<ScheduleMode>>().Instance.GetState(x => x.Value).ShouldBe(ScheduleMode.Daily);

        await editor.InvokeAsync(() => editor.FindComponent<MudSelect<ScheduleMode>>().Instance.ValueChanged.InvokeAsync(ScheduleMode.Weekdays));
        await editor.InvokeAsync(() => editor.FindComponent<MudTimePicker>().Instance.TimeChanged.InvokeAsync(new TimeSpan(8, 30, 0)));
        await editor.InvokeAsync(() => editor.FindComponent<MudSelect<ScheduleMode>>().Instance.ValueChanged.InvokeAsync(ScheduleMode.Weekly));
        editor.Find("[data-testid=cron-day-TUE]").Change(true);
        editor.Find("[data-testid=cron-day-FRI]").Change(true);
        await editor.InvokeAsync(() => editor.FindComponent<MudSelect<ScheduleMode>>().Instance.ValueChanged.InvokeAsync(ScheduleMode.Monthly));
        await editor.InvokeAsync(() => editor.FindComponent<MudSelect<ScheduleMode>>().Instance.ValueChanged.InvokeAsync(ScheduleMode.Hourly));
        editor.Find("[data-testid=cron-minute-past]").Change("20");
        await editor.InvokeAsync(() => editor.FindComponent<MudSelect<ScheduleMode>>().Instance.ValueChanged.InvokeAsync(ScheduleMode.EveryMinutes));
        editor.Find("[data-testid=cron-every-minutes]").Change("10");

        _emitted.ShouldBe([
            "0 0 6 ? * MON-FRI",
            "0 30 8 ? * MON-FRI",
            "0 30 8 ? * MON",
            "0 30 8 ? * MON,TUE",
            "0 30 8 ? * MON,TUE,FRI",
            "0 30 8 1 * ?",
            "0 0 * * * ?",
            "0 20 * * * ?",
            "0 0/15 * * * ?",
            "0 0/10 * * * ?",
        ]);
        editor.Find("[data-testid=cron-summary]").TextContent.ShouldContain("Every 10 minutes");
    }

    [Fact]
    public void Preset_Clicked_EmitsItsCron()
    {
        var editor = RenderEditor("0 0 6 * * ?", "UTC");

        editor.FindAll("[data-testid=cron-preset]").Single(c => c.TextContent.Contains("Every Monday at 07:00", StringComparison.Ordinal)).Click();

        _emitted.ShouldBe(["0 0 7 ? * MON"]);
        editor.FindComponent<MudSelect<ScheduleMode>>().Instance.GetState(x => x.Value).ShouldBe(ScheduleMode.Weekly);
    }

    [Fact]
    public void Render_InvalidCron_SaysWhatIsWrongAndShowsNoTimes()
    {
        var editor = RenderEditor("0 0 8 ? * FUNDAY", "UTC");

        editor.FindComponent<MudSelect<ScheduleMode>>().Instance.GetState(x => x.Value).ShouldBe(ScheduleMode.Custom);
        editor.Find("[data-testid=cron-error]").TextContent.ShouldContain("cron: '0 0 8 ? * FUNDAY' is not a valid Quartz cron expression");
        editor.FindAll("[data-testid=fire-time]").ShouldBeEmpty();
    }

    [Fact]
    public void Custom_TypedCron_IsCheckedAndEmitted()
    {
        var editor = RenderEditor("0 0 8 L * ?", "UTC");

        editor.Find("[data-testid=cron-custom]").Change("0 0 25 * * ?");

        _emitted.ShouldBe(["0 0 25 * * ?"]);
        editor.Find("[data-testid=cron-error]").TextContent.ShouldStartWith("cron: '0 0 25 * * ?' is not a valid Quartz cron expression");
    }

    [Fact]
    public void Render_UnknownTimeZone_SaysSo()
    {
        var editor = RenderEditor("0 0 8 ? * MON-FRI", "Mars/Olympus");

        editor.Find("[data-testid=cron-error]").TextContent.ShouldContain("timeZone: 'Mars/Olympus' is not a known time zone");
    }

    [Fact]
    public async Task Weekly_NoDayLeft_ExplainsAndEmitsNothing()
    {
        var editor = RenderEditor("0 0 7 ? * MON", "UTC");

        editor.Find("[data-testid=cron-day-MON]").Change(false);
        await Task.Yield();

        editor.Find("[data-testid=cron-error]").TextContent.ShouldBe("Choose at least one day of the week.");
        _emitted.ShouldBeEmpty();
    }

    [Fact]
    public void TimeZoneCatalog_HasIanaIdsAndFindsByWords()
    {
        TimeZoneCatalog.Ids.ShouldContain("Europe/London");
        TimeZoneCatalog.Ids.ShouldContain("UTC");
        TimeZoneCatalog.Search("new york").ShouldContain("America/New_York");
    }

    private IRenderedComponent<CronScheduleEditor> RenderEditor(string cron, string? zone) =>
        Render<CronScheduleEditor>(p => p
            .Add(e => e.Value, cron)
            .Add(e => e.TimeZone, zone)
            .Add(e => e.ValueChanged, EventCallback.Factory.Create<string>(this, v => _emitted.Add(v))));
}
