using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>
/// Step outputs in Zoho's own snake_case field names: one record as an object, a list as
/// <c>{ "&lt;entity plural&gt;": […], "count", "has_more", "stream" }</c>. Every field of the record appears, null
/// when Zoho left it out, so the data picker's declared fields always resolve. Amounts are written from decimal.
/// </summary>
internal static class ZohoOutput
{
    private static readonly JsonSerializerOptions Options = new(ZohoBooksJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static JsonElement Record<T>(T record) => JsonSerializer.SerializeToElement(record, Options);

    /// <summary>The property that holds a list's records: <c>invoice</c> → <c>invoices</c>, <c>tax</c> → <c>taxes</c>.</summary>
    public static string Plural(string entity) =>
        entity.EndsWith('x') || entity.EndsWith('s') ? entity + "es" : entity + "s";

    public static JsonElement List(string entity, IReadOnlyList<JsonElement> records, bool hasMore, JsonElement? stream) =>
        JsonValues.Build((entity, records, hasMore, stream), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray(Plural(state.entity));
            foreach (var record in state.records)
            {
                record.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteNumber("count", state.records.Count);
            writer.WriteBoolean("has_more", state.hasMore);
            if (state.stream is { } handle)
            {
                writer.WritePropertyName("stream");
                handle.WriteTo(writer);
            }

            writer.WriteEndObject();
        });

    public static JsonElement Action(ZohoActionResult result) => Record(result);

    /// <summary>Zoho's row shape: each customer with its bucket columns beside id, name, total and currency.</summary>
    public static JsonElement ArAging(ZohoArAgingSummary summary)
    {
        var customers = new JsonArray();
        foreach (var customer in summary.Customers)
        {
            var row = new JsonObject { ["customer_id"] = customer.CustomerId, ["customer_name"] = customer.CustomerName };
            foreach (var column in summary.Columns)
            {
                row[column] = customer.Buckets.TryGetValue(column, out var amount) ? amount : 0m;
            }

            row["total"] = customer.Total;
            row["currency_code"] = customer.CurrencyCode;
            customers.Add(row);
        }

        var totals = new JsonObject();
        foreach (var (column, amount) in summary.Totals)
        {
            totals[column] = amount;
        }

        var output = new JsonObject
        {
            ["as_of_date"] = summary.AsOfDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["columns"] = new JsonArray([.. summary.Columns.Select(c => (JsonNode?)c)]),
            ["customers"] = customers,
            ["totals"] = totals,
        };
        return JsonSerializer.SerializeToElement(output);
    }
}
