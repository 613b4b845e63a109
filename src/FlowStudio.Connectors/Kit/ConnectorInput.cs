using System.Globalization;
using System.Text.Json;

namespace FlowStudio.Connectors.Kit;

/// <summary>
/// Typed reads of a step's mapped JSON input, with errors that say which field is wrong and why. Numbers
/// may arrive as JSON numbers or numeric strings (mappings often produce text); money is read as decimal.
/// </summary>
public sealed class ConnectorInput(JsonElement input, string operation)
{
    private readonly JsonElement root = input.ValueKind == JsonValueKind.Object ? input : default;

    /// <exception cref="ConnectorInputException">Required and missing.</exception>
    public string? Text(string key, bool required = false)
    {
        if (!TryGet(key, out var value))
        {
            return required ? throw Missing(key) : null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => throw Wrong(key, "text"),
        };
        return string.IsNullOrWhiteSpace(text) ? (required ? throw Missing(key) : null) : text.Trim();
    }

    public string RequiredText(string key) => Text(key, required: true)!;

    /// <exception cref="ConnectorInputException">Not a decimal number.</exception>
    public decimal? Number(string key, bool required = false)
    {
        if (!TryGet(key, out var value))
        {
            return required ? throw Missing(key) : null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        return value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()) && !required
            ? null
            : throw Wrong(key, "a decimal number such as 125.50");
    }

    /// <exception cref="ConnectorInputException">Not a whole number in range.</exception>
    public int? WholeNumber(string key, int minimum, int maximum)
    {
        var number = Number(key);
        if (number is null)
        {
            return null;
        }

        return number != decimal.Truncate(number.Value) || number < minimum || number > maximum
            ? throw new ConnectorInputException($"{operation}: input '{key}' must be a whole number from {minimum} to {maximum}; it is {number}.")
            : (int)number.Value;
    }

    /// <exception cref="ConnectorInputException">Not true/false.</exception>
    public bool? Flag(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            _ => throw Wrong(key, "true or false"),
        };
    }

    /// <summary>A flat object of text values (metadata, properties).</summary>
    /// <exception cref="ConnectorInputException">Not an object of scalars.</exception>
    public IReadOnlyDictionary<string, string>? Map(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Wrong(key, "an object of names to values");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                JsonValueKind.Null => string.Empty,
                _ => throw Wrong($"{key}.{property.Name}", "text, a number or true/false"),
            };
        }

        return result;
    }

    /// <summary>A list of texts (ids); a single text or a comma-separated text is accepted too.</summary>
    /// <exception cref="ConnectorInputException">Not a list of scalars.</exception>
    public IReadOnlyList<string>? List(string key, bool required = false)
    {
        if (!TryGet(key, out var value))
        {
            return required ? throw Missing(key) : null;
        }

        IReadOnlyList<string> items = value.ValueKind switch
        {
            JsonValueKind.Array => [.. value.EnumerateArray().Select(e => e.ValueKind is JsonValueKind.String ? e.GetString()! : e.ValueKind is JsonValueKind.Number ? e.GetRawText() : throw Wrong(key, "a list of ids"))],
            JsonValueKind.String => [.. value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            JsonValueKind.Number => [value.GetRawText()],
            _ => throw Wrong(key, "a list of ids"),
        };
        return items.Count == 0 && required ? throw Missing(key) : items;
    }

    private bool TryGet(string key, out JsonElement value)
    {
        value = default;
        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private ConnectorInputException Missing(string key) => new($"{operation}: input '{key}' is required but empty.");

    private ConnectorInputException Wrong(string key, string expected) => new($"{operation}: input '{key}' must be {expected}.");
}
