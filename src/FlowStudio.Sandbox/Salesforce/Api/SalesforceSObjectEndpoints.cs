using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Salesforce.Data;
using FlowStudio.Sandbox.Salesforce.Schema;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Salesforce.Api;

/// <summary>
/// <c>GET /services/data/vXX.X/sobjects/{type}/{id}[?fields=a,b]</c> and <c>PATCH</c> of the same (204, no body), with
/// Salesforce's checks: unknown fields (INVALID_FIELD), read-only fields (INVALID_FIELD_FOR_INSERT_UPDATE), values of
/// the wrong type (JSON_PARSER_ERROR) and the restricted stage picklist (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST).
/// </summary>
public static class SalesforceSObjectEndpoints
{
    public static async Task<IResult> GetAsync(
        string version, string type, string id, string? fields, HttpContext http, SalesforceStore store, SalesforceSessions sessions, CancellationToken cancellationToken)
    {
        if (SalesforceGuard.Check(http, version, sessions) is { } refused)
        {
            return refused;
        }

        if (SalesforceSchema.Find(type) is not { } sobject || await store.GetAsync(sobject.Name, id, cancellationToken) is not { } record)
        {
            return SalesforceErrors.NotFound();
        }

        var names = string.IsNullOrWhiteSpace(fields) ? sobject.Fields.Keys.ToList() : [.. fields.Split(',').Select(f => f.Trim())];
        var unknown = names.FirstOrDefault(n => sobject.Field(n) is null);
        if (unknown is not null)
        {
            return SalesforceErrors.Error(400, "INVALID_FIELD", $"No such column '{unknown}' on entity '{sobject.Name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");
        }

        var body = new JsonObject { ["attributes"] = new JsonObject { ["type"] = sobject.Name, ["url"] = $"/services/data/{version}/sobjects/{sobject.Name}/{id}" } };
        foreach (var field in names.Select(n => sobject.Field(n)!))
        {
            body[field.Name] = record[field.Name]?.DeepClone();
        }

        return TypedResults.Json(body);
    }

    public static async Task<IResult> PatchAsync(
        string version, string type, string id, HttpContext http, SalesforceStore store, SalesforceSessions sessions, CancellationToken cancellationToken)
    {
        if (SalesforceGuard.Check(http, version, sessions) is { } refused)
        {
            return refused;
        }

        if (SalesforceSchema.Find(type) is not { } sobject)
        {
            return SalesforceErrors.NotFound();
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException ex)
        {
            return SalesforceErrors.Error(400, "JSON_PARSER_ERROR", "Unexpected character: " + ex.Message);
        }

        if (body is null)
        {
            return SalesforceErrors.Error(400, "JSON_PARSER_ERROR", "Cannot deserialize instance of " + sobject.Name + " from non-object value");
        }

        var changes = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in body)
        {
            if (name == "attributes")
            {
                continue;
            }

            if (sobject.Field(name) is not { } field)
            {
                return SalesforceErrors.Error(400, "INVALID_FIELD", $"No such column '{name}' on sobject of type {sobject.Name}");
            }

            if (!field.Updateable)
            {
                return SalesforceErrors.Error(400, "INVALID_FIELD_FOR_INSERT_UPDATE",
                    $"Unable to create/update fields: {field.Name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
                    [field.Name]);
            }

            if (Check(field, value) is { } problem)
            {
                return problem;
            }

            changes[field.Name] = Normalize(field, value);
        }

        return await store.UpdateAsync(sobject, id, changes, cancellationToken) ? TypedResults.NoContent() : SalesforceErrors.NotFound();
    }

    private static IResult? Check(SField field, JsonNode? value)
    {
        if (value is null)
        {
            return field.PicklistValues.Count > 0
                ? SalesforceErrors.Error(400, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", $"{field.Name}: bad value for restricted picklist field: null", [field.Name])
                : null;
        }

        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        var fits = field.Type switch
        {
            SFieldType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            SFieldType.Currency or SFieldType.Number => kind == JsonValueKind.Number
                || (text is not null && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)),
            SFieldType.Date => text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            SFieldType.DateTime => text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            _ => kind is JsonValueKind.String or JsonValueKind.Number,
        };
        if (!fits)
        {
            return SalesforceErrors.Error(400, "JSON_PARSER_ERROR", $"Cannot deserialize instance of {Describe(field.Type)} from {kind.ToString().ToUpperInvariant()} value {value.ToJsonString()} at [line:1] for field {field.Name}");
        }

        if (field.PicklistValues.Count > 0 && !field.PicklistValues.Contains(text!, StringComparer.Ordinal))
        {
            return SalesforceErrors.Error(400, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", $"{field.Name}: bad value for restricted picklist field: {text}", [field.Name]);
        }

        return null;
    }

    /// <summary>Stores numbers as numbers (amounts as decimal) and times in Salesforce's format, whatever text form they came in.</summary>
    private static JsonNode? Normalize(SField field, JsonNode? value) => value?.GetValueKind() != JsonValueKind.String ? value?.DeepClone() : field.Type switch
    {
        SFieldType.Currency or SFieldType.Number => JsonValue.Create(decimal.Parse(value.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture)),
        SFieldType.DateTime => JsonValue.Create(Soql.SoqlValues.FormatDateTime(DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))),
        _ => value.DeepClone(),
    };

    private static string Describe(SFieldType type) => type switch
    {
        SFieldType.Boolean => "boolean",
        SFieldType.Currency => "currency",
        SFieldType.Number => "double",
        SFieldType.Date => "date",
        SFieldType.DateTime => "datetime",
        _ => "string",
    };
}
