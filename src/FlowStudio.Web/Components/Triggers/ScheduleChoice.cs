using System.Globalization;
using FlowStudio.Infrastructure.Triggers.Schedules;

namespace FlowStudio.Web.Components.Triggers;

/// <summary>
/// What the schedule builder shows: a mode and its few numbers. Read from a cron when the cron is one the
/// builder can make (so an existing schedule opens in the same shape), else the cron is kept as custom.
/// </summary>
public sealed record ScheduleChoice
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public ScheduleMode Mode { get; init; } = ScheduleMode.Weekdays;

    public int Minutes { get; init; } = 15;

    public int MinutePast { get; init; }

    public TimeOnly At { get; init; } = new(8, 0);

    public IReadOnlySet<DayOfWeek> Days { get; init; } = new HashSet<DayOfWeek> { DayOfWeek.Monday };

    public int DayOfMonth { get; init; } = 1;

    /// <summary>The cron for this choice; the custom text for <see cref="ScheduleMode.Custom"/>; null when the choice is incomplete.</summary>
    public string? ToCron(string? custom) => Mode switch
    {
        ScheduleMode.EveryMinutes when Minutes is >= 1 and <= 59 => CronBuilder.EveryMinutes(Minutes),
        ScheduleMode.Hourly when MinutePast is >= 0 and <= 59 => CronBuilder.Hourly(MinutePast),
        ScheduleMode.Daily => CronBuilder.Daily(At),
        ScheduleMode.Weekdays => CronBuilder.Weekdays(At),
        ScheduleMode.Weekly when Days.Count > 0 => CronBuilder.Weekly(Days, At),
        ScheduleMode.Monthly when DayOfMonth is >= 1 and <= 31 => CronBuilder.Monthly(DayOfMonth, At),
        ScheduleMode.Custom => custom?.Trim(),
        _ => null,
    };

    /// <summary>Why <see cref="ToCron"/> gave nothing, in the words of the field to fix.</summary>
    public string? Problem => Mode switch
    {
        ScheduleMode.EveryMinutes when Minutes is < 1 or > 59 => "Every … minutes: choose between 1 and 59.",
        ScheduleMode.Hourly when MinutePast is < 0 or > 59 => "Minutes past the hour: choose between 0 and 59.",
        ScheduleMode.Weekly when Days.Count == 0 => "Choose at least one day of the week.",
        ScheduleMode.Monthly when DayOfMonth is < 1 or > 31 => "Day of the month: choose between 1 and 31.",
        _ => null,
    };

    public static ScheduleChoice FromCron(string? cron)
    {
        var custom = new ScheduleChoice { Mode = ScheduleMode.Custom };
        var f = (cron ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length != 6 || f[0] != "0" || f[4] != "*")
        {
            return string.IsNullOrWhiteSpace(cron) ? new ScheduleChoice() : custom;
        }

        var anyDay = f[3] is "*" or "?" && f[5] is "*" or "?";
        if (f[2] == "*")
        {
            if (!anyDay)
            {
                return custom;
            }

            if (f[1].StartsWith("0/", StringComparison.Ordinal) && Number(f[1][2..]) is { } every)
            {
                return new ScheduleChoice { Mode = ScheduleMode.EveryMinutes, Minutes = every };
            }

            return Number(f[1]) is { } past ? new ScheduleChoice { Mode = ScheduleMode.Hourly, MinutePast = past } : custom;
        }

        if (Number(f[1]) is not { } minute || Number(f[2]) is not { } hour || minute > 59 || hour > 23)
        {
            return custom;
        }

        var at = new TimeOnly(hour, minute);
        if (anyDay)
        {
            return new ScheduleChoice { Mode = ScheduleMode.Daily, At = at };
        }

        if (f[3] == "?" && f[5] == "MON-FRI")
        {
            return new ScheduleChoice { Mode = ScheduleMode.Weekdays, At = at };
        }

        if (f[3] == "?" && f[5].Split(',') is var names && names.All(DayNames.Contains))
        {
            return new ScheduleChoice { Mode = ScheduleMode.Weekly, At = at, Days = names.Select(n => (DayOfWeek)Array.IndexOf(DayNames, n)).ToHashSet() };
        }

        return f[5] == "?" && Number(f[3]) is { } day and >= 1 and <= 31
            ? new ScheduleChoice { Mode = ScheduleMode.Monthly, At = at, DayOfMonth = day }
            : custom;
    }

    public static string Label(ScheduleMode mode) => mode switch
    {
        ScheduleMode.EveryMinutes => "Every few minutes",
        ScheduleMode.Hourly => "Every hour",
        ScheduleMode.Daily => "Every day",
        ScheduleMode.Weekdays => "Every weekday (Mon–Fri)",
        ScheduleMode.Weekly => "Weekly, on chosen days",
        ScheduleMode.Monthly => "Monthly, on a day",
        _ => "Custom cron expression",
    };

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
