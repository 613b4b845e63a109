using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Reports;

/// <summary>
/// Zoho's aging columns by due date: <c>current</c>, then <c>number_of_columns - 1</c> ranges of
/// <c>interval_range</c> days, then <c>above_N</c>. The defaults (4 × 15) give current, days_1-15,
/// days_16-30, days_31-45 and above_45.
/// </summary>
public sealed class AgingBuckets
{
    private AgingBuckets(int range, int columns)
    {
        Range = range;
        Columns = columns;
        Keys = ["current", .. Enumerable.Range(0, columns - 1).Select(k => Label((k * range) + 1, (k + 1) * range)), $"above_{(columns - 1) * range}"];
    }

    public int Range { get; }

    public int Columns { get; }

    public IReadOnlyList<string> Keys { get; }

    public static AgingBuckets From(ZohoListQuery query)
    {
        var range = Parse(query, "interval_range", 15);
        var columns = Parse(query, "number_of_columns", 4);
        return columns is < 2 or > 10 ? throw ZohoApiException.InvalidValue("number_of_columns") : new AgingBuckets(range, columns);
    }

    public string KeyFor(int daysOverdue)
    {
        if (daysOverdue <= 0)
        {
            return "current";
        }

        var index = (daysOverdue - 1) / Range;
        return index < Columns - 1 ? Keys[index + 1] : Keys[^1];
    }

    private static string Label(int from, int to) => string.Create(CultureInfo.InvariantCulture, $"days_{from}-{to}");

    private static int Parse(ZohoListQuery query, string name, int fallback) =>
        query.Get(name) is not { } raw ? fallback
        : int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw ZohoApiException.InvalidValue(name);
}
