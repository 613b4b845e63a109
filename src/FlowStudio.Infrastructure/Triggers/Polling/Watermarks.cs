using System.Globalization;

namespace FlowStudio.Infrastructure.Triggers.Polling;

/// <summary>
/// Poll cursors: a record's change time (SystemModstamp, last_modified_time, updated-at …) normalised to
/// ISO 8601 UTC when it is a time, so watermarks compare and read the same whatever the source wrote.
/// </summary>
public static class Watermarks
{
    /// <summary>
    /// ISO 8601 UTC, with milliseconds only when there are any: <c>2025-01-10T08:00:00Z</c> is the form every polled API
    /// documents (SOQL datetime literals, Coupa's <c>updated-at[gt]</c>, Ramp's <c>from_date</c>, Zoho), and sources
    /// that keep milliseconds still compare exactly.
    /// </summary>
    public static string Format(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return utc.ToString(utc.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The cursor moved back by <paramref name="lookback"/> when it is a time (for sources whose records appear late); else unchanged.</summary>
    public static string? Back(string? watermark, TimeSpan lookback) =>
        watermark is not null && lookback > TimeSpan.Zero && Instant(watermark) is { } instant ? Format(instant - lookback) : watermark;

    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // Zoho writes +0000 (no colon) and Salesforce .000+0000; DateTimeOffset understands both.
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? Format(instant)
            : value;
    }

    /// <summary>The later of two cursors: by time when both are times, else by ordinal text.</summary>
    public static string? Max(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var (x, y) = (Instant(a), Instant(b));
        return x is not null && y is not null
            ? (y > x ? b : a)
            : (string.CompareOrdinal(b, a) > 0 ? b : a);
    }

    /// <summary>The cursor as a time; null when it is not one.</summary>
    internal static DateTimeOffset? Instant(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
}
