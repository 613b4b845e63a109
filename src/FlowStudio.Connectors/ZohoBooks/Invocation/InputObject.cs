using System.Globalization;
using System.Text.Json;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>
/// Reads one JSON object of mapped values (the operation input, or a line item inside it) into typed values,
/// leniently where an expression mapping may produce either form (numbers or numeric text, booleans or
/// "true"/"false") and strictly otherwise. Problems are collected, one per field path, instead of thrown.
/// Amounts are read as <see cref="decimal"/> in the invariant culture, never through binary floating point.
/// </summary>
internal sealed class InputObject
{
    private const NumberStyles AmountStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
        | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    private readonly JsonElement value;
    private readonly string prefix;
    private readonly InputProblems problems;

    public InputObject(JsonElement value, string prefix, InputProblems problems)
    {
        this.value = value;
        this.prefix = prefix;
        this.problems = problems;
    }

    public IEnumerable<string> Keys => value.ValueKind == JsonValueKind.Object ? value.EnumerateObject().Select(p => p.Name) : [];

    public bool Has(string key) => Get(key) is not null;

    public string? Text(string key)
    {
        if (Get(key) is not { } element)
        {
            return null;
        }

        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            return Problem<string>(key, $"expected text, got {Describe(element)}");
        }

        if (key.EndsWith("_id", StringComparison.Ordinal))
        {
            text = text.Trim();
            if (!text.All(char.IsAsciiDigit))
            {
                return Problem<string>(key, $"expected a Zoho id (digits only), got '{Shorten(text)}'");
            }
        }

        return text;
    }

    public decimal? Decimal(string key)
    {
        if (Get(key) is not { } element)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var number))
        {
            return number;
        }

        if (element.ValueKind == JsonValueKind.String && decimal.TryParse(element.GetString(), AmountStyle, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        problems.Add(Path(key), $"expected a decimal number such as 1250.50 (dot as decimal separator, no thousands separators), got {Describe(element)}");
        return null;
    }

    public int? Integer(string key)
    {
        var number = Decimal(key);
        if (number is not { } whole)
        {
            return null;
        }

        if (whole != decimal.Truncate(whole) || whole < int.MinValue || whole > int.MaxValue)
        {
            problems.Add(Path(key), $"expected a whole number, got {whole.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return (int)whole;
    }

    public bool? Flag(string key)
    {
        if (Get(key) is not { } element)
        {
            return null;
        }

        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(element.GetString()?.Trim(), out var flag) => flag,
            _ => Problem<bool?>(key, $"expected true or false, got {Describe(element)}"),
        };
    }

    /// <summary>A <c>yyyy-mm-dd</c> date; an ISO 8601 timestamp gives its date in its own offset.</summary>
    public DateOnly? Date(string key)
    {
        if (Get(key) is not { } element)
        {
            return null;
        }

        var text = element.ValueKind == JsonValueKind.String ? element.GetString()!.Trim() : null;
        if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (text is { Length: > 10 } && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            return DateOnly.FromDateTime(timestamp.DateTime);
        }

        return Problem<DateOnly?>(key, $"expected a date as yyyy-mm-dd, got {Describe(element)}");
    }

    /// <summary>Text, a number or a boolean, kept as the JSON the mapping produced (custom field values).</summary>
    public JsonElement? Scalar(string key)
    {
        if (Get(key) is not { } element)
        {
            return null;
        }

        return element.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? Problem<JsonElement?>(key, $"expected text, a number or true/false, got {Describe(element)}")
            : element.Clone();
    }

    /// <summary>A list of strings; a single string is split at commas and semicolons ("a@x.com; b@y.com").</summary>
    public IReadOnlyList<string>? Texts(string key)
    {
        if (Get(key) is not { } element)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString()!.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            return Problem<IReadOnlyList<string>>(key, $"expected a list of text, got {Describe(element)}");
        }

        var texts = new List<string>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                texts.Add(item.GetString()!);
            }
            else
            {
                problems.Add($"{Path(key)}[{index}]", $"expected text, got {Describe(item)}");
            }

            index++;
        }

        return texts;
    }

    /// <summary>A list of objects, each read by <paramref name="read"/>; keys other than <paramref name="allowed"/> are problems.</summary>
    public IReadOnlyList<T>? Objects<T>(string key, string[] allowed, Func<InputObject, T> read)
    {
        if (Get(key) is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            return Problem<IReadOnlyList<T>>(key, $"expected a list of objects, got {Describe(element)}");
        }

        var results = new List<T>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var path = $"{Path(key)}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, $"expected an object, got {Describe(item)}");
                continue;
            }

            var nested = new InputObject(item, path + ".", problems);
            nested.RejectUnknown(allowed);
            results.Add(read(nested));
        }

        return results;
    }

    public T? Object<T>(string key, string[] allowed, Func<InputObject, T> read)
        where T : class
    {
        if (Get(key) is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return Problem<T>(key, $"expected an object, got {Describe(element)}");
        }

        var nested = new InputObject(element, Path(key) + ".", problems);
        nested.RejectUnknown(allowed);
        return read(nested);
    }

    /// <summary>A required field inside a list item (top-level required fields are checked from the declaration).</summary>
    public string RequiredText(string key)
    {
        var text = Text(key);
        if (text is null && !problems.Has(Path(key)))
        {
            problems.Add(Path(key), "is required");
        }

        return text ?? string.Empty;
    }

    public decimal RequiredDecimal(string key)
    {
        var number = Decimal(key);
        if (number is null && !problems.Has(Path(key)))
        {
            problems.Add(Path(key), "is required");
        }

        return number ?? 0m;
    }

    public void RejectValue(string key, string problem) => problems.Add(Path(key), problem);

    public void RejectUnknown(IReadOnlyCollection<string> allowed)
    {
        foreach (var key in Keys.Where(k => !allowed.Contains(k)))
        {
            problems.Add(Path(key), $"is not a known field here (known: {string.Join(", ", allowed)})");
        }
    }

    public string Path(string key) => prefix + key;

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"'{Shorten(element.GetString()!)}'",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Null, a missing key and empty text all mean "not given".</summary>
    private JsonElement? Get(string key) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(key, out var element)
            && element.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            && !(element.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.GetString()))
            ? element
            : null;

    private T? Problem<T>(string key, string problem)
    {
        problems.Add(Path(key), problem);
        return default;
    }
}
