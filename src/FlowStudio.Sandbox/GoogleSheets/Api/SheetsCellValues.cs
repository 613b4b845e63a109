using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.GoogleSheets.Api;

/// <summary>
/// How the Sheets API stores and renders cell values: <c>USER_ENTERED</c> parses text as a person typing it would be
/// (numbers, TRUE/FALSE), <c>RAW</c> stores it as given; <c>FORMATTED_VALUE</c> renders every cell as text,
/// <c>UNFORMATTED_VALUE</c> and <c>FORMULA</c> keep numbers and booleans. Numbers keep their written digits (decimal).
/// </summary>
public static class SheetsCellValues
{
    public static readonly string[] InputOptions = ["RAW", "USER_ENTERED"];
    public static readonly string[] RenderOptions = ["FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"];

    /// <summary>The cell to store, or an error saying what is wrong with a value.</summary>
    public static JsonNode? ToCell(JsonNode? value, bool userEntered, out string? error)
    {
        error = null;
        if (value is null)
        {
            return null;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                return JsonValue.Create(value.GetValue<decimal>());
            case JsonValueKind.True or JsonValueKind.False:
                return JsonValue.Create(value.GetValue<bool>());
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                if (!userEntered)
                {
                    return JsonValue.Create(text);
                }

                if (text.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || text.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
                {
                    return JsonValue.Create(text.Equals("TRUE", StringComparison.OrdinalIgnoreCase));
                }

                return decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
                    && !text.Trim().StartsWith('.')
                    ? JsonValue.Create(number)
                    : JsonValue.Create(text);
            default:
                error = $"Invalid value at 'data.values' ({value.GetValueKind()}): a cell must be a string, number, boolean or null.";
                return null;
        }
    }

    public static JsonNode? Render(JsonNode? cell, string renderOption)
    {
        if (cell is null || renderOption != "FORMATTED_VALUE")
        {
            return cell?.DeepClone();
        }

        return cell.GetValueKind() switch
        {
            JsonValueKind.True => "TRUE",
            JsonValueKind.False => "FALSE",
            JsonValueKind.Number => cell.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
            _ => cell.DeepClone(),
        };
    }
}
