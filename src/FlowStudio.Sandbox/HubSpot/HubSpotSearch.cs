using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.HubSpot;

/// <summary>
/// The CRM search body: <c>filterGroups</c> (groups OR-ed, filters inside AND-ed; EQ, NEQ, LT, LTE, GT, GTE,
/// HAS_PROPERTY, NOT_HAS_PROPERTY, IN, NOT_IN), <c>sorts</c>, <c>properties</c>, <c>limit</c> (≤200) and <c>after</c>.
/// Dates compare as instants whether given as epoch milliseconds or ISO 8601; numbers compare as numbers.
/// </summary>
public static class HubSpotSearch
{
    public const int MaxLimit = 200;

    public static bool Matches(JsonObject properties, JsonArray? groups)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return groups is null || groups.Count == 0
            || groups.Any(g => (g?["filters"] as JsonArray ?? []).All(f => Matches(properties, f!.AsObject())));
    }

    public static int Compare(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return string.CompareOrdinal(left, right);
        }

        if (TryInstant(left, out var a) && TryInstant(right, out var b))
        {
            return a.CompareTo(b);
        }

        return decimal.TryParse(left, NumberStyles.Number, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(right, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Matches(JsonObject properties, JsonObject filter)
    {
        var name = (string?)filter["propertyName"] ?? throw HubSpotErrors.Validation("Every filter needs a propertyName.");
        var op = (string?)filter["operator"] ?? "EQ";
        var actual = (string?)properties[name];
        var value = filter["value"]?.ToString();
        var values = (filter["values"] as JsonArray)?.Select(v => v?.ToString()).ToList() ?? [];
        return op switch
        {
            "EQ" => actual is not null && Compare(actual, value) == 0,
            "NEQ" => actual is null || Compare(actual, value) != 0,
            "LT" => actual is not null && Compare(actual, value) < 0,
            "LTE" => actual is not null && Compare(actual, value) <= 0,
            "GT" => actual is not null && Compare(actual, value) > 0,
            "GTE" => actual is not null && Compare(actual, value) >= 0,
            "HAS_PROPERTY" => !string.IsNullOrEmpty(actual),
            "NOT_HAS_PROPERTY" => string.IsNullOrEmpty(actual),
            "IN" => actual is not null && values.Any(v => Compare(actual, v) == 0),
            "NOT_IN" => actual is null || values.All(v => Compare(actual, v) != 0),
            _ => throw HubSpotErrors.Validation($"Invalid input JSON on line 1: Cannot deserialize value of type `FilterOperator` from String \"{op}\"."),
        };
    }

    /// <summary>Epoch milliseconds (13 digits) or an ISO 8601 date-time.</summary>
    private static bool TryInstant(string text, out DateTimeOffset instant)
    {
        if (text.Length >= 12 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            instant = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant) && text.Contains('-', StringComparison.Ordinal);
    }
}
