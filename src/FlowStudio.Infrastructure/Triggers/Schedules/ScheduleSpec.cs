using System.Text.Json;
using FlowStudio.Core.Flows;
using Quartz;

namespace FlowStudio.Infrastructure.Triggers.Schedules;

/// <summary>
/// A schedule trigger's cron, time zone and misfire policy, checked with Quartz's own parser. Fire times
/// are computed from a given instant, so they are testable with any clock.
/// </summary>
public sealed record ScheduleSpec(string Cron, TimeZoneInfo TimeZone, MisfirePolicy Misfire)
{
    /// <summary>Equal for equal schedules; stored on the Quartz trigger so an unchanged re-publish leaves it alone.</summary>
    public string Signature => $"{Cron}|{TimeZone.Id}|{Misfire}";

    public static ScheduleSpec From(JsonElement config) =>
        TryParse(NodeConfig.GetString(config, "cron"), NodeConfig.GetString(config, "timeZone"), NodeConfig.GetString(config, "misfire"), out var spec, out var error)
            ? spec
            : throw new FormatException(error);

    /// <summary>Parses a schedule; <paramref name="error"/> says which part is wrong and how.</summary>
    public static bool TryParse(string? cron, string? timeZone, string? misfire, out ScheduleSpec spec, out string error)
    {
        spec = null!;
        error = "";
        if (string.IsNullOrWhiteSpace(cron))
        {
            error = "cron: a schedule needs a cron expression, e.g. 0 0 8 ? * MON-FRI.";
            return false;
        }

        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrWhiteSpace(timeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out zone))
        {
            error = $"timeZone: '{timeZone}' is not a known time zone; use an IANA name such as Europe/London.";
            return false;
        }

        try
        {
            if (new CronExpression(cron.Trim()).GetNextValidTimeAfter(DateTimeOffset.UnixEpoch) is null)
            {
                error = $"cron: '{cron}' never fires.";
                return false;
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            error = $"cron: '{cron}' is not a valid Quartz cron expression ({ex.Message.TrimEnd('.')}).";
            return false;
        }

        spec = new ScheduleSpec(cron.Trim(), zone!, misfire == "skip" ? MisfirePolicy.Skip : MisfirePolicy.FireOnce);
        return true;
    }

    /// <summary>The next <paramref name="count"/> fire times strictly after <paramref name="after"/>, in UTC.</summary>
    public IReadOnlyList<DateTimeOffset> NextFireTimes(DateTimeOffset after, int count = 5)
    {
        var expression = new CronExpression(Cron, TimeZone);
        var times = new List<DateTimeOffset>(count);
        var from = after;
        while (times.Count < count && expression.GetNextValidTimeAfter(from) is { } next)
        {
            times.Add(next);
            from = next;
        }

        return times;
    }

    /// <summary>A fire time as a person in the schedule's zone reads it.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);
}
