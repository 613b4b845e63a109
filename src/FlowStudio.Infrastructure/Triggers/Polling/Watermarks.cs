using System.Globalization;

namespace FlowStudio.Infrastructure.Triggers.Polling;

/// <summary>
/// Poll cursors: a record's change time (SystemModstamp, last_modified_time, updated-at …) normalised to
/// ISO 8601 UTC when it is a time, so watermarks compare and read the same whatever the source wrote.
/// </summary>
public static class Watermarks
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

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

        var (x, y) = (Parse(a), Parse(b));
        return x is not null && y is not null
            ? (y > x ? b : a)
            : (string.CompareOrdinal(b, a) > 0 ? b : a);
    }

    private static DateTimeOffset? Parse(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
}
