using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>
/// Coupa's query arguments (<c>&lt;attribute&gt;[&lt;operator&gt;]=&lt;value&gt;</c>) over supplier documents: exact match by default,
/// and contains, starts_with, ends_with, gt, lt, gt_or_eq, lt_or_eq, not_eq, in and blank. Attribute names take dashes or
/// underscores; nested attributes use brackets (<c>primary-contact[email]</c>). Times compare as instants, numbers as numbers,
/// text without regard to case. Plus <c>offset</c>, <c>limit</c> (at most 50), <c>order_by</c> and <c>dir</c>.
/// </summary>
public sealed class CoupaSupplierQuery
{
    public static readonly IReadOnlySet<string> Operators = new HashSet<string>(StringComparer.Ordinal)
    {
        "contains", "starts_with", "ends_with", "gt", "lt", "gt_or_eq", "lt_or_eq", "not_eq", "in", "blank",
    };

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "offset", "limit", "order_by", "dir", "fields", "return_object" };

    private CoupaSupplierQuery(IReadOnlyList<CoupaQueryCondition> conditions, int offset, int limit, string orderBy, bool descending)
    {
        Conditions = conditions;
        Offset = offset;
        Limit = limit;
        OrderBy = orderBy;
        Descending = descending;
    }

    public IReadOnlyList<CoupaQueryCondition> Conditions { get; }

    public int Offset { get; }

    public int Limit { get; }

    public string OrderBy { get; }

    public bool Descending { get; }

    /// <summary>Parses the arguments; a bad one throws with Coupa's 400 error naming it.</summary>
    /// <exception cref="Kit.SandboxReplyException">An unknown attribute or operator, or a malformed number or time.</exception>
    public static CoupaSupplierQuery Parse(IEnumerable<KeyValuePair<string, string>> arguments, IReadOnlySet<string> attributes, int maxPageSize)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(attributes);
        var conditions = new List<CoupaQueryCondition>();
        int offset = 0, limit = maxPageSize;
        string orderBy = "id";
        var descending = false;
        foreach (var (key, value) in arguments)
        {
            switch (key)
            {
                case "offset":
                    offset = Whole(key, value, 0, int.MaxValue);
                    continue;
                case "limit":
                    limit = Math.Min(Whole(key, value, 1, int.MaxValue), maxPageSize);
                    continue;
                case "order_by":
                    orderBy = Name(value);
                    if (!attributes.Contains(orderBy))
                    {
                        throw CoupaErrors.Invalid($"order_by: '{value}' is not an attribute of supplier.");
                    }

                    continue;
                case "dir":
                    descending = value.ToLowerInvariant() switch
                    {
                        "asc" => false,
                        "desc" => true,
                        _ => throw CoupaErrors.Invalid($"dir: '{value}' must be asc or desc."),
                    };
                    continue;
            }

            if (Reserved.Contains(key))
            {
                continue;
            }

            conditions.Add(Condition(key, value, attributes));
        }

        return new CoupaSupplierQuery(conditions, offset, limit, orderBy, descending);
    }

    /// <summary>The page of <paramref name="suppliers"/> this query selects, in its order (id breaks ties).</summary>
    public IReadOnlyList<JsonObject> Apply(IEnumerable<JsonObject> suppliers)
    {
        var matching = suppliers.Where(Matches);
        var ordered = Descending
            ? matching.OrderByDescending(s => Sortable(s[OrderBy]), TextOrder).ThenByDescending(Id)
            : matching.OrderBy(s => Sortable(s[OrderBy]), TextOrder).ThenBy(Id);
        return [.. ordered.Skip(Offset).Take(Limit)];
    }

    public bool Matches(JsonObject supplier) => Conditions.All(c => Holds(c, Value(supplier, c.Path)));

    private static CoupaQueryCondition Condition(string key, string value, IReadOnlySet<string> attributes)
    {
        var segments = key.Replace("]", string.Empty, StringComparison.Ordinal).Split('[');
        var path = segments.ToList();
        var op = "eq";
        if (path.Count > 1 && Operators.Contains(path[^1]))
        {
            op = path[^1];
            path.RemoveAt(path.Count - 1);
        }

        path = [.. path.Select(Name)];
        if (path.Count == 0 || !attributes.Contains(path[0]))
        {
            throw CoupaErrors.Invalid($"'{key}' is not a searchable attribute of supplier.");
        }

        if (op is "gt" or "lt" or "gt_or_eq" or "lt_or_eq" && path[^1].EndsWith("-at", StringComparison.Ordinal)
            && !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            throw CoupaErrors.Invalid($"'{key}': '{value}' is not a date or time such as 2025-01-01T00:00:00Z.");
        }

        if (op == "blank" && value is not ("true" or "false"))
        {
            throw CoupaErrors.Invalid($"'{key}': blank accepts true or false.");
        }

        return new CoupaQueryCondition(path, op, value);
    }

    private static bool Holds(CoupaQueryCondition condition, JsonNode? actual)
    {
        var text = actual is null ? null : actual.GetValueKind() is JsonValueKind.String ? actual.GetValue<string>() : actual.ToJsonString();
        var value = condition.Value;
        return condition.Operator switch
        {
            "blank" => (string.IsNullOrEmpty(text) || text == "null") == (value == "true"),
            "in" => text is not null && value.Split(',', StringSplitOptions.TrimEntries).Any(v => Compare(text, v) == 0),
            "contains" => text?.Contains(value, StringComparison.OrdinalIgnoreCase) == true,
            "starts_with" => text?.StartsWith(value, StringComparison.OrdinalIgnoreCase) == true,
            "ends_with" => text?.EndsWith(value, StringComparison.OrdinalIgnoreCase) == true,
            "gt" => text is not null && Compare(text, value) > 0,
            "lt" => text is not null && Compare(text, value) < 0,
            "gt_or_eq" => text is not null && Compare(text, value) >= 0,
            "lt_or_eq" => text is not null && Compare(text, value) <= 0,
            "not_eq" => text is null || Compare(text, value) != 0,
            _ => text is not null && Compare(text, value) == 0,
        };
    }

    /// <summary>Instants when both are times, numbers when both are numbers, else text ignoring case.</summary>
    private static int Compare(string actual, string expected)
    {
        if (decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var b))
        {
            return a.CompareTo(b);
        }

        return actual.Length >= 10 && expected.Length >= 10
            && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var x)
            && DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var y)
                ? x.CompareTo(y)
                : string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly Comparer<string> TextOrder = Comparer<string>.Create(Compare);

    private static string Sortable(JsonNode? node) => node is null ? string.Empty : node.GetValueKind() is JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    private static long Id(JsonObject supplier) => supplier["id"]?.GetValue<long>() ?? 0;

    private static JsonNode? Value(JsonObject supplier, IReadOnlyList<string> path)
    {
        JsonNode? node = supplier;
        foreach (var segment in path)
        {
            node = node is JsonObject obj ? obj[segment] : null;
        }

        return node;
    }

    private static string Name(string attribute) => attribute.Trim().Replace('_', '-').ToLowerInvariant();

    private static int Whole(string key, string value, int minimum, int maximum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum
            ? number
            : throw CoupaErrors.Invalid($"{key}: '{value}' must be a whole number of at least {minimum}.");
}
