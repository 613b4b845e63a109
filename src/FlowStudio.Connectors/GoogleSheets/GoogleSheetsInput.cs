using System.Text.Json;

namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>Reads a Sheets step's JSON input: text fields, a flag, and the rows to append.</summary>
internal static class GoogleSheetsInput
{
    /// <exception cref="GoogleSheetsInputException">The input is not an object.</exception>
    public static JsonElement Object(JsonElement input) => input.ValueKind == JsonValueKind.Object
        ? input
        : throw new GoogleSheetsInputException("The Google Sheets step's input must be an object with 'spreadsheet_id' and 'range'.");

    public static string? Text(JsonElement input, string name) =>
        input.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    public static bool Flag(JsonElement input, string name) =>
        input.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True
            || (value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var flag) && flag));

    /// <exception cref="GoogleSheetsInputException">The value is missing or not one of <paramref name="allowed"/>.</exception>
    public static string Choice(JsonElement input, string name, string fallback, params string[] allowed)
    {
        var value = Text(input, name)?.ToUpperInvariant() ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new GoogleSheetsInputException($"'{name}' must be one of {string.Join(", ", allowed)}; got '{value}'.");
    }

    /// <summary>
    /// <c>values</c> as a JSON array of rows. One list of cells is one row; JSON text is parsed. Every cell must be
    /// text, a number, true/false or empty.
    /// </summary>
    /// <exception cref="GoogleSheetsInputException">Missing, not a list, or a cell is an object or list.</exception>
    public static JsonElement Rows(JsonElement input)
    {
        if (!input.TryGetProperty("values", out var values) || values.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            throw new GoogleSheetsInputException("'values' is required: give the rows to append, e.g. [[\"2025-01-10\", \"INV-000123\", 1500.00]].");
        }

        if (values.ValueKind == JsonValueKind.String)
        {
            try
            {
                values = JsonDocument.Parse(values.GetString()!).RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new GoogleSheetsInputException("'values' is text that is not JSON; give a list of rows.");
            }
        }

        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            throw new GoogleSheetsInputException("'values' must be a non-empty list of rows.");
        }

        var rows = values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Array)
            ? values
            : values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Array)
                ? throw new GoogleSheetsInputException("'values' mixes rows and single cells; give either one row (a list of cells) or a list of rows.")
                : JsonSerializer.SerializeToElement(new[] { values });
        var r = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var c = 0;
            foreach (var cell in row.EnumerateArray())
            {
                if (cell.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    throw new GoogleSheetsInputException($"'values' row {r + 1}, cell {c + 1} is {(cell.ValueKind == JsonValueKind.Object ? "an object" : "a list")}; a cell must be text, a number, true/false or empty.");
                }

                c++;
            }

            r++;
        }

        return rows;
    }
}
