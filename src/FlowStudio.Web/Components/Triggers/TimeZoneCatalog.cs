namespace FlowStudio.Web.Components.Triggers;

/// <summary>The time zones a schedule can use, as IANA ids (Europe/London), from the server's own zone database.</summary>
public static class TimeZoneCatalog
{
    private static readonly Lazy<IReadOnlyList<string>> AllIds = new(Load);

    public static IReadOnlyList<string> Ids => AllIds.Value;

    /// <summary>Zones whose id contains every word typed (so "york" finds America/New_York), at most <paramref name="limit"/>.</summary>
    public static IEnumerable<string> Search(string? text, int limit = 50)
    {
        var words = (text ?? "").Replace('_', ' ').Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        return Ids.Where(id => words.All(w => id.Replace('_', ' ').Contains(w, StringComparison.OrdinalIgnoreCase))).Take(limit);
    }

    private static List<string> Load()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal) { "UTC" };
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            // Windows hosts name zones their own way; schedules are stored with IANA names on every host.
            if (zone.HasIanaId)
            {
                ids.Add(zone.Id);
            }
            else if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana))
            {
                ids.Add(iana);
            }
        }

        return [.. ids];
    }
}
