using System.Globalization;
using System.Text.Json;

namespace FlowStudio.Core.Expressions;

public static partial class ExpressionValues
{
    internal static bool TryToNumber(object? value, out decimal number)
    {
        switch (value)
        {
            case decimal d:
                number = d;
                return true;
            case string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    internal static decimal ToNumber(object? value, string what) => TryToNumber(value, out var number)
        ? number
        : throw ExpressionException.Fail(value is null
            ? $"{what} is empty; use COALESCE to give a default."
            : $"{what} must be a number, not {Describe(value)}.");

    internal static int ToInteger(object? value, string what, int min, int max)
    {
        var number = ToNumber(value, what);
        if (number != decimal.Truncate(number) || number < min || number > max)
        {
            throw ExpressionException.Fail($"{what} must be a whole number from {min} to {max}, not {number.ToString(CultureInfo.InvariantCulture)}.");
        }

        return (int)number;
    }

    internal static bool ToBool(object? value, string what) => value switch
    {
        bool b => b,
        null => throw ExpressionException.Fail($"{what} is empty; expected true or false."),
        _ => throw ExpressionException.Fail($"{what} must be true or false, not {Describe(value)}."),
    };

    internal static bool TryToDate(object? value, out DateOnly date)
    {
        switch (value)
        {
            case DateOnly d:
                date = d;
                return true;
            case string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date):
                return true;
            case string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp):
                // The calendar date as written in the timestamp, not shifted to another zone.
                date = DateOnly.FromDateTime(timestamp.DateTime);
                return true;
            default:
                date = default;
                return false;
        }
    }

    internal static DateOnly ToDate(object? value, string what) => TryToDate(value, out var date)
        ? date
        : throw ExpressionException.Fail(value is null
            ? $"{what} is empty; expected a date."
            : $"{what} must be a date (yyyy-MM-dd), not {Describe(value)}.");

    /// <summary>The items of a list value; null when the value is not a list.</summary>
    internal static IEnumerable<object?>? AsList(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(FromJson),
        IReadOnlyList<object?> list => list,
        _ => null,
    };

    internal static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left is decimal || right is decimal)
        {
            return TryToNumber(left, out var a) && TryToNumber(right, out var b) && a == b;
        }

        if (left is DateOnly || right is DateOnly)
        {
            return TryToDate(left, out var a) && TryToDate(right, out var b) && a == b;
        }

        return (left, right) switch
        {
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (bool a, bool b) => a == b,
            (JsonElement a, JsonElement b) => JsonElement.DeepEquals(a, b),
            _ => false,
        };
    }

    internal static int Compare(object? left, object? right)
    {
        if ((left is decimal || right is decimal) && TryToNumber(left, out var x) && TryToNumber(right, out var y))
        {
            return x.CompareTo(y);
        }

        if ((left is DateOnly || right is DateOnly) && TryToDate(left, out var d1) && TryToDate(right, out var d2))
        {
            return d1.CompareTo(d2);
        }

        if (left is string s1 && right is string s2)
        {
            return string.CompareOrdinal(s1, s2);
        }

        throw ExpressionException.Fail($"Cannot compare {Describe(left)} with {Describe(right)}.");
    }
}
