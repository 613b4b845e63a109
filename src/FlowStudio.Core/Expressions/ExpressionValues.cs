using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowStudio.Core.Expressions;

/// <summary>
/// The values expressions work with: null, bool, decimal (every number), string, DateOnly, and
/// JSON arrays/objects or lists for collections. Converts them to and from JSON without ever
/// passing a number through binary floating point.
/// </summary>
public static partial class ExpressionValues
{
    /// <summary>A JSON value as an expression value; numbers become decimal.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var number)
            ? number
            : throw ExpressionException.Fail($"The number {element.GetRawText()} is outside the decimal range."),
        _ => element,
    };

    /// <summary>How a value reads in text: invariant culture, dates as yyyy-MM-dd, collections as JSON.</summary>
    public static string ToText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonElement element => element.GetRawText(),
        IReadOnlyList<object?> list => ToJsonNode(list)!.ToJsonString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>A value as JSON, e.g. to store as a step output; decimals stay decimal.</summary>
    public static JsonNode? ToJsonNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        decimal d => JsonValue.Create(d),
        DateOnly date => JsonValue.Create(ToText(date)),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        IReadOnlyList<object?> list => new JsonArray([.. list.Select(ToJsonNode)]),
        _ => JsonValue.Create(ToText(value)),
    };

    internal static string TypeName(object? value) => value switch
    {
        null => "empty",
        string => "text",
        bool => "true/false",
        decimal => "number",
        DateOnly => "date",
        JsonElement { ValueKind: JsonValueKind.Array } or IReadOnlyList<object?> => "list",
        JsonElement => "object",
        _ => value.GetType().Name,
    };

    internal static string Describe(object? value)
    {
        var text = ToText(value);
        if (text.Length > 40)
        {
            text = string.Concat(text.AsSpan(0, 37), "...");
        }

        return value is string ? $"text '{text}'" : $"{TypeName(value)} {text}".TrimEnd();
    }
}
