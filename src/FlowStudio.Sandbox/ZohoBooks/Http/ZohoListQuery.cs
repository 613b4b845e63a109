using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>Zoho's list conventions: <c>page</c>/<c>per_page</c> (max 200), <c>sort_column</c>/<c>sort_order</c>, and filter suffixes.</summary>
public sealed class ZohoListQuery(IQueryCollection query)
{
    public const int MaxPerPage = 200;

    public IQueryCollection Query { get; } = query;

    public string? Get(string name)
    {
        var value = Query[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public bool Text(string? value, string name)
    {
        if (Get(name) is { } exact && !string.Equals(value, exact, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Get(name + "_startswith") is { } prefix && !(value ?? string.Empty).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Get(name + "_contains") is not { } part || (value ?? string.Empty).Contains(part, StringComparison.OrdinalIgnoreCase);
    }

    public bool Date(DateOnly? value, string name)
    {
        if (DateParam(name) is { } on && value != on)
        {
            return false;
        }

        if (DateParam(name + "_start") is { } start && !(value >= start))
        {
            return false;
        }

        if (DateParam(name + "_after") is { } after && !(value > after))
        {
            return false;
        }

        if (DateParam(name + "_end") is { } end && !(value <= end))
        {
            return false;
        }

        return DateParam(name + "_before") is not { } before || value < before;
    }

    public bool Id(long value, string name) => Get(name) is not { } id || ZohoIds.Parse(id, name) == value;

    public ZohoPage<T> Page<T>(IEnumerable<T> ordered, string reportName, string appliedFilter, string sortColumn, string sortOrder)
    {
        var page = Int("page", 1);
        var perPage = Math.Min(Int("per_page", MaxPerPage), MaxPerPage);
        var window = ordered.Skip((page - 1) * perPage).Take(perPage + 1).ToList();
        var hasMore = window.Count > perPage;
        var items = hasMore ? window.GetRange(0, perPage) : window;
        return new ZohoPage<T>(items, new ZohoPageContext(page, perPage, hasMore, reportName, appliedFilter, sortColumn, sortOrder));
    }

    public (IEnumerable<T> Items, string Column, string Order) Sort<T>(
        IEnumerable<T> source,
        IReadOnlyDictionary<string, Func<T, IComparable?>> columns,
        string defaultColumn,
        string defaultOrder = "D")
    {
        var column = Get("sort_column") ?? defaultColumn;
        if (!columns.TryGetValue(column, out var key))
        {
            throw ZohoApiException.InvalidValue("sort_column");
        }

        var order = (Get("sort_order") ?? defaultOrder).ToUpperInvariant();
        if (order is not ("A" or "D"))
        {
            throw ZohoApiException.InvalidValue("sort_order");
        }

        var sorted = order == "A" ? source.OrderBy(key) : source.OrderByDescending(key);
        return (sorted, column, order);
    }

    public DateOnly? DateParam(string name)
    {
        if (Get(name) is not { } raw)
        {
            return null;
        }

        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ZohoApiException.InvalidValue(name);
    }

    private int Int(string name, int fallback)
    {
        if (Get(name) is not { } raw)
        {
            return fallback;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw ZohoApiException.InvalidValue(name);
    }
}
