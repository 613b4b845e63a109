using FlowStudio.Infrastructure.Triggers.Schedules;
using Microsoft.AspNetCore.Components;

namespace FlowStudio.Web.Components.Triggers;

/// <summary>
/// A schedule trigger's cron and time zone, built from plain choices (every N minutes, hourly at :mm, daily,
/// weekdays, weekly on days, monthly on a day, all at hh:mm) or typed as a Quartz cron. Checked with the same
/// parser the scheduler uses; shows what is wrong, or the next five fire times in the chosen zone.
/// </summary>
public partial class CronScheduleEditor
{
    private static readonly DayOfWeek[] WeekFromMonday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private ScheduleChoice choice = new();
    private string? custom;
    private string? cron;
    private string? zone;
    private string? problem;
    private ScheduleSpec? spec;
    private IReadOnlyList<DateTimeOffset> nextFires = [];
    private string? lastValue;
    private bool initialised;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>The Quartz cron expression.</summary>
    [Parameter]
    public string? Value { get; set; }

    [Parameter]
    public EventCallback<string> ValueChanged { get; set; }

    /// <summary>IANA time zone id; UTC when empty.</summary>
    [Parameter]
    public string? TimeZone { get; set; }

    [Parameter]
    public EventCallback<string> TimeZoneChanged { get; set; }

    /// <summary>"fire-once" or "skip"; the choice is shown only when <see cref="MisfireChanged"/> is bound.</summary>
    [Parameter]
    public string? Misfire { get; set; }

    [Parameter]
    public EventCallback<string> MisfireChanged { get; set; }

    [Parameter]
    public bool ReadOnly { get; set; }

    protected override void OnParametersSet()
    {
        // A new value from outside (another node selected, an undo) reshapes the builder; our own echo does not.
        if (!initialised || Value != lastValue)
        {
            choice = ScheduleChoice.FromCron(Value);
            custom = Value;
            cron = string.IsNullOrWhiteSpace(Value) ? null : Value.Trim();
            lastValue = Value;
            initialised = true;
        }

        zone = string.IsNullOrWhiteSpace(TimeZone) ? "UTC" : TimeZone;
        Check(choice.Problem);
    }

    private Task ChoosePresetAsync(string presetCron)
    {
        choice = ScheduleChoice.FromCron(presetCron);
        custom = presetCron;
        return EmitAsync(presetCron);
    }

    private Task ModeChangedAsync(ScheduleMode mode)
    {
        if (mode == ScheduleMode.Custom)
        {
            // Switching to custom starts from the cron built so far, so it can be refined by hand.
            custom = cron ?? custom;
        }

        return ChangeAsync(choice with { Mode = mode });
    }

    private Task ChangeAsync(ScheduleChoice next)
    {
        choice = next;
        if (next.Problem is { } invalid)
        {
            Check(invalid);
            return Task.CompletedTask;
        }

        return EmitAsync(next.ToCron(custom));
    }

    private Task TimeChangedAsync(TimeSpan? time) =>
        time is { } t ? ChangeAsync(choice with { At = TimeOnly.FromTimeSpan(t) }) : Task.CompletedTask;

    private Task DayChangedAsync(DayOfWeek day, bool on)
    {
        var days = choice.Days.ToHashSet();
        if (on)
        {
            days.Add(day);
        }
        else
        {
            days.Remove(day);
        }

        return ChangeAsync(choice with { Days = days });
    }

    private Task CustomChangedAsync(string? text)
    {
        custom = text;
        return EmitAsync(text?.Trim());
    }

    private async Task ZoneChangedAsync(string? value)
    {
        zone = string.IsNullOrWhiteSpace(value) ? "UTC" : value.Trim();
        Check(choice.Problem);
        await TimeZoneChanged.InvokeAsync(zone);
    }

    private static Task<IEnumerable<string>> SearchZonesAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(TimeZoneCatalog.Search(text));

    private async Task EmitAsync(string? next)
    {
        var changed = (string.IsNullOrWhiteSpace(next) ? null : next) != cron;
        cron = string.IsNullOrWhiteSpace(next) ? null : next;
        lastValue = cron;
        Check(null);

        // Pickers echo their value when re-rendered; only a real change is passed on.
        if (changed)
        {
            await ValueChanged.InvokeAsync(cron ?? "");
        }
    }

    private void Check(string? choiceProblem)
    {
        spec = null;
        nextFires = [];
        if (choiceProblem is not null)
        {
            problem = choiceProblem;
            return;
        }

        if (!ScheduleSpec.TryParse(cron, zone, Misfire, out var parsed, out var error))
        {
            problem = error;
            return;
        }

        problem = null;
        spec = parsed;
        nextFires = [.. parsed.NextFireTimes(Clock.GetUtcNow()).Select(parsed.ToLocal)];
    }
}
