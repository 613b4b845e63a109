using System.Globalization;

namespace FlowStudio.Infrastructure.Triggers.Schedules;

/// <summary>
/// The friendly schedule builder: plain choices (every day / weekday / given days / month day / hour /
/// N minutes, at a time) to and from Quartz cron, so "every weekday at 08:00" is <c>0 0 8 ? * MON-FRI</c>.
/// </summary>
public static class CronBuilder
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>Presets offered first; each is (label, cron).</summary>
    public static IReadOnlyList<(string Label, string Cron)> Presets { get; } =
    [
        ("Every weekday at 08:00", "0 0 8 ? * MON-FRI"),
        ("Every Monday at 07:00", "0 0 7 ? * MON"),
        ("Every day at 06:00", "0 0 6 * * ?"),
        ("First day of every month at 09:00", "0 0 9 1 * ?"),
        ("Every hour", "0 0 * * * ?"),
        ("Every 15 minutes", "0 0/15 * * * ?"),
    ];

    public static string Daily(TimeOnly at) => $"0 {at.Minute} {at.Hour} * * ?";

    public static string Weekdays(TimeOnly at) => $"0 {at.Minute} {at.Hour} ? * MON-FRI";

    public static string Weekly(IEnumerable<DayOfWeek> days, TimeOnly at)
    {
        ArgumentNullException.ThrowIfNull(days);
        var names = days.Distinct().Order().Select(d => DayNames[(int)d]).ToList();
        if (names.Count == 0)
        {
            throw new ArgumentException("Choose at least one day of the week.", nameof(days));
        }

        return $"0 {at.Minute} {at.Hour} ? * {string.Join(',', names)}";
    }

    public static string Monthly(int dayOfMonth, TimeOnly at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dayOfMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayOfMonth, 31);
        return $"0 {at.Minute} {at.Hour} {dayOfMonth} * ?";
    }

    public static string Hourly(int minute)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minute, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minute, 59);
        return $"0 {minute} * * * ?";
    }

    public static string EveryMinutes(int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minutes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minutes, 59);
        return $"0 0/{minutes} * * * ?";
    }

    /// <summary>Plain words for a cron the builder makes (e.g. "Every weekday at 08:00"); the cron itself otherwise.</summary>
    public static string Describe(string cron)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var preset = Presets.FirstOrDefault(p => p.Cron == cron.Trim());
        if (preset.Label is not null)
        {
            return preset.Label;
        }

        var f = cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length < 6 || f[0] != "0" || !int.TryParse(f[1], CultureInfo.InvariantCulture, out var minute) || !int.TryParse(f[2], CultureInfo.InvariantCulture, out var hour))
        {
            return DescribeSubHourly(f) ?? cron;
        }

        var time = $"{hour:00}:{minute:00}";
        return (f[3], f[4], f[5]) switch
        {
            ("*" or "?", "*", "?" or "*") => $"Every day at {time}",
            ("?", "*", "MON-FRI") => $"Every weekday at {time}",
            ("?", "*", var days) when days.Split(',').All(d => DayNames.Contains(d)) =>
                $"Every {string.Join(", ", days.Split(',').Select(d => CultureInfo.InvariantCulture.DateTimeFormat.DayNames[Array.IndexOf(DayNames, d)]))} at {time}",
            (var day, "*", "?") when int.TryParse(day, CultureInfo.InvariantCulture, out var d) => $"Day {d} of every month at {time}",
            _ => cron,
        };
    }

    // "0 0/15 * * * ?" (every N minutes) and "0 20 * * * ?" (every hour at :20).
    private static string? DescribeSubHourly(string[] f)
    {
        if (f.Length != 6 || f[0] != "0" || f[2] != "*" || f[3] is not ("*" or "?") || f[4] != "*" || f[5] is not ("*" or "?"))
        {
            return null;
        }

        if (f[1].StartsWith("0/", StringComparison.Ordinal))
        {
            return $"Every {f[1][2..]} minutes";
        }

        return int.TryParse(f[1], CultureInfo.InvariantCulture, out var minute) ? $"Every hour at :{minute:00}" : null;
    }
}
