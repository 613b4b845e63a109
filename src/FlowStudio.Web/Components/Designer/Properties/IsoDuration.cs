using System.Globalization;
using System.Xml;

namespace FlowStudio.Web.Components.Designer.Properties;

/// <summary>ISO 8601 durations (<c>PT15M</c>, <c>P3D</c>) to and from "an amount of a unit" for the friendly editor.</summary>
public static class IsoDuration
{
    public static IReadOnlyList<(string Unit, string Label)> Units { get; } =
        [("S", "seconds"), ("M", "minutes"), ("H", "hours"), ("D", "days")];

    /// <summary>The duration, or null with a reason when the text is not an ISO 8601 duration.</summary>
    public static TimeSpan? TryParse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            // XmlConvert reads xs:duration, which is ISO 8601's PnYnMnDTnHnMnS; years and months have no fixed length.
            if (text.Contains('Y', StringComparison.OrdinalIgnoreCase) || (text.Split('T')[0].Contains('M', StringComparison.OrdinalIgnoreCase)))
            {
                error = "Years and months have no fixed length; use days, e.g. P30D.";
                return null;
            }

            var value = XmlConvert.ToTimeSpan(text.Trim().ToUpperInvariant());
            if (value <= TimeSpan.Zero)
            {
                error = "The duration must be longer than zero.";
                return null;
            }

            return value;
        }
        catch (FormatException)
        {
            error = $"'{text}' is not an ISO 8601 duration; write e.g. PT30S, PT15M, PT2H or P3D.";
            return null;
        }
    }

    /// <summary>The largest whole unit that expresses <paramref name="value"/> exactly.</summary>
    public static (decimal Amount, string Unit) Split(TimeSpan value)
    {
        if (value.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return (value.Days, "D");
        }

        if (value.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return ((decimal)value.TotalHours, "H");
        }

        return value.Ticks % TimeSpan.TicksPerMinute == 0
            ? ((decimal)value.TotalMinutes, "M")
            : ((decimal)value.Ticks / TimeSpan.TicksPerSecond, "S");
    }

    /// <summary>The ISO text for an amount of a unit, e.g. (15, "M") → <c>PT15M</c>.</summary>
    public static string Format(decimal amount, string unit)
    {
        var number = amount.ToString("0.###", CultureInfo.InvariantCulture);
        return unit == "D" ? $"P{number}D" : $"PT{number}{unit}";
    }

    /// <summary>How a person reads it, e.g. "1 day 2 hours".</summary>
    public static string Describe(TimeSpan value)
    {
        var parts = new List<string>();
        void Add(int amount, string unit)
        {
            if (amount > 0)
            {
                parts.Add($"{amount} {unit}{(amount == 1 ? "" : "s")}");
            }
        }

        Add(value.Days, "day");
        Add(value.Hours, "hour");
        Add(value.Minutes, "minute");
        Add(value.Seconds, "second");
        return parts.Count == 0 ? "less than a second" : string.Join(' ', parts);
    }
}
