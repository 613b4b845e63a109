using System.Text.Json;
using FlowStudio.Connectors.ZohoBooks.Catalog;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>Checks a step output against the operation's declared output shape (what the data picker offers).</summary>
internal static class OutputShape
{
    /// <summary>Every declared field is present on the record (or on each listed record); returns the records.</summary>
    public static IReadOnlyList<JsonElement> ShouldMatch(JsonElement output, string operation)
    {
        var shape = ZohoBooksOperations.Find("zoho-books." + operation).ShouldNotBeNull().Output.ShouldNotBeNull();
        IReadOnlyList<JsonElement> records;
        if (shape.IsList)
        {
            var array = output.GetProperty(shape.ListProperty.ShouldNotBeNull($"{operation}: a list declares where its records are"));
            records = [.. array.EnumerateArray()];
            output.GetProperty("count").GetInt32().ShouldBe(records.Count);
            output.GetProperty("has_more").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
            foreach (var extra in shape.ListFields.Where(f => f.Name != "stream" || output.TryGetProperty("stream", out _)))
            {
                Matches(extra.Type, output.GetProperty(extra.Name).ValueKind).ShouldBeTrue($"{operation}: list field '{extra.Name}' declared {extra.Type}");
            }
        }
        else
        {
            records = [output];
        }

        foreach (var record in records)
        {
            var names = record.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var field in shape.Fields)
            {
                names.ShouldContain(field.Name, $"{operation}: declared output field '{field.Name}' is missing");
                var value = record.GetProperty(field.Name);
                if (value.ValueKind != JsonValueKind.Null)
                {
                    Matches(field.Type, value.ValueKind).ShouldBeTrue($"{operation}: field '{field.Name}' declared {field.Type} but is {value.ValueKind}");
                }
            }
        }

        return records;
    }

    private static bool Matches(string type, JsonValueKind kind) => type switch
    {
        "decimal" or "number" => kind == JsonValueKind.Number,
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "list" => kind == JsonValueKind.Array,
        "object" => kind == JsonValueKind.Object,
        _ => kind == JsonValueKind.String,
    };
}
