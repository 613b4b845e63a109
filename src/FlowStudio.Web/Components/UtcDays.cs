namespace FlowStudio.Web.Components;

/// <summary>
/// Date-picker days as UTC instants for filters: "from" is the first tick of its day, "to" the last,
/// so a range of one day includes everything that happened on it.
/// </summary>
public static class UtcDays
{
    public static DateTimeOffset? StartOf(DateTime? day) =>
        day is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)) : null;

    public static DateTimeOffset? EndOf(DateTime? day) =>
        day is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date.AddDays(1).AddTicks(-1), DateTimeKind.Utc)) : null;
}
