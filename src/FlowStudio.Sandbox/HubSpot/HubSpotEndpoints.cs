using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.HubSpot;

/// <summary>The CRM v3/v4 endpoints the connector uses: search, get with associations, v4 associations, batch read, update, create.</summary>
public static class HubSpotEndpoints
{
    private static readonly HashSet<string> ReadOnlyProperties = new(["hs_object_id", "createdate", "hs_lastmodifieddate"], StringComparer.Ordinal);

    public static void MapHubSpotApi(this RouteGroupBuilder api)
    {
        api.MapPost("/crm/v3/objects/{type}/search", SearchAsync).WithName("HubSpotSandboxSearch");
        api.MapGet("/crm/v3/objects/{type}/{id}", GetAsync).WithName("HubSpotSandboxGet");
        api.MapPatch("/crm/v3/objects/{type}/{id}", UpdateAsync).WithName("HubSpotSandboxUpdate");
        api.MapPost("/crm/v3/objects/{type}/batch/read", BatchReadAsync).WithName("HubSpotSandboxBatchRead");
        api.MapPost("/crm/v3/objects/notes", CreateNoteAsync).WithName("HubSpotSandboxCreateNote");
        api.MapGet("/crm/v4/objects/{type}/{id}/associations/{toType}", AssociationsAsync).WithName("HubSpotSandboxAssociations");
    }

    public static async Task<JsonReply> SearchAsync(string type, HttpRequest request, HubSpotSandboxState state, CancellationToken cancellationToken)
    {
        Known(type);
        var body = await BodyAsync(request, cancellationToken);
        var limit = body["limit"] is JsonValue l && l.TryGetValue<int>(out var parsed) ? parsed : 10;
        if (limit is < 1 or > HubSpotSearch.MaxLimit)
        {
            throw HubSpotErrors.Validation($"limit must be between 1 and {HubSpotSearch.MaxLimit}.");
        }

        var after = int.TryParse(body["after"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
        var properties = Names(body["properties"] as JsonArray);
        var records = (await state.Store.ListAsync(type, cancellationToken))
            .Where(r => HubSpotSearch.Matches(r["properties"]!.AsObject(), body["filterGroups"] as JsonArray))
            .ToList();
        if ((body["sorts"] as JsonArray)?.FirstOrDefault() is JsonObject sort)
        {
            var name = (string?)sort["propertyName"] ?? "hs_object_id";
            var descending = string.Equals((string?)sort["direction"], "DESCENDING", StringComparison.Ordinal);
            records.Sort((a, b) => (descending ? -1 : 1) * HubSpotSearch.Compare((string?)a["properties"]![name], (string?)b["properties"]![name]));
        }

        var page = records.Skip(after).Take(limit).ToList();
        var reply = new JsonObject
        {
            ["total"] = records.Count,
            ["results"] = new JsonArray([.. page.Select(r => (JsonNode)HubSpotSandboxState.View(r, properties))]),
        };
        if (after + page.Count < records.Count)
        {
            var next = (after + page.Count).ToString(CultureInfo.InvariantCulture);
            reply["paging"] = new JsonObject { ["next"] = new JsonObject { ["after"] = next, ["link"] = "?after=" + next } };
        }

        return JsonReply.Ok(reply);
    }

    public static async Task<JsonReply> GetAsync(string type, string id, HttpRequest request, HubSpotSandboxState state, CancellationToken cancellationToken)
    {
        Known(type);
        return await state.Store.GetAsync(type, id, cancellationToken) is { } record
            ? JsonReply.Ok(HubSpotSandboxState.View(record, Csv(request.Query["properties"]), Csv(request.Query["associations"])))
            : HubSpotErrors.NotFound(type, id);
    }

    public static async Task<JsonReply> UpdateAsync(string type, string id, HttpRequest request, HubSpotSandboxState state, CancellationToken cancellationToken)
    {
        Known(type);
        if (await state.Store.GetAsync(type, id, cancellationToken) is not { } record)
        {
            return HubSpotErrors.NotFound(type, id);
        }

        var changes = Properties(await BodyAsync(request, cancellationToken));
        var updated = await state.UpdateAsync(type, record, changes, cancellationToken);
        return JsonReply.Ok(HubSpotSandboxState.View(updated, null));
    }

    /// <summary>Found records in <c>results</c>; unknown ids make it 207 with an <c>OBJECT_NOT_FOUND</c> error listing them.</summary>
    public static async Task<JsonReply> BatchReadAsync(string type, HttpRequest request, HubSpotSandboxState state, CancellationToken cancellationToken)
    {
        Known(type);
        var body = await BodyAsync(request, cancellationToken);
        var ids = (body["inputs"] as JsonArray ?? throw HubSpotErrors.Validation("inputs is required.")).Select(i => i?["id"]?.ToString() ?? string.Empty).ToList();
        if (ids.Count > 100)
        {
            throw HubSpotErrors.Validation("A batch can read at most 100 objects.");
        }

        var properties = Names(body["properties"] as JsonArray);
        var found = new JsonArray();
        var missing = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await state.Store.GetAsync(type, id, cancellationToken) is { } record)
            {
                found.Add(HubSpotSandboxState.View(record, properties));
            }
            else
            {
                missing.Add(id);
            }
        }

        var now = HubSpotSandboxState.Iso(state.Now);
        var reply = new JsonObject { ["status"] = "COMPLETE", ["results"] = found, ["startedAt"] = now, ["completedAt"] = now };
        if (missing.Count == 0)
        {
            return JsonReply.Ok(reply);
        }

        reply["numErrors"] = 1;
        reply["errors"] = new JsonArray(new JsonObject
        {
            ["status"] = "error",
            ["category"] = "OBJECT_NOT_FOUND",
            ["message"] = "Could not get some " + type.ToUpperInvariant() + " objects, they may be deleted or not exist. Check that ids are valid.",
            ["context"] = new JsonObject { ["ids"] = new JsonArray([.. missing.Select(m => (JsonNode)JsonValue.Create(m))]) },
        });
        return new JsonReply(207, reply);
    }

    /// <summary>A note on contacts (association type 202), deals (214) or companies (190).</summary>
    public static async Task<JsonReply> CreateNoteAsync(HttpRequest request, HubSpotSandboxState state, CancellationToken cancellationToken)
    {
        var body = await BodyAsync(request, cancellationToken);
        var properties = Properties(body);
        if (!properties.Any(p => p.Key == "hs_timestamp" && !string.IsNullOrEmpty(p.Value)))
        {
            throw HubSpotErrors.Validation("Property values were not valid: [{\"isValid\":false,\"message\":\"hs_timestamp is required\",\"error\":\"REQUIRED_FIELD\",\"name\":\"hs_timestamp\"}]");
        }

        var links = new List<(string Type, string Id)>();
        foreach (var association in body["associations"] as JsonArray ?? [])
        {
            var toId = association?["to"]?["id"]?.ToString() ?? throw HubSpotErrors.Validation("associations[].to.id is required.");
            var typeId = association?["types"]?[0]?["associationTypeId"]?.GetValue<int>();
            var toType = typeId switch { 202 => "contacts", 214 => "deals", 190 => "companies", _ => throw HubSpotErrors.Validation($"associationTypeId {typeId} is not valid for notes.") };
            if (await state.Store.GetAsync(toType, toId, cancellationToken) is null)
            {
                throw new SandboxReplyException(HubSpotErrors.Error(400, "VALIDATION_ERROR", $"One or more associations are invalid: {toType} {toId} does not exist."));
            }

            links.Add((toType, toId));
        }

        var note = await state.CreateAsync("notes", new JsonObject([.. properties.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))]), state.Now, cancellationToken, [.. links]);
        return new JsonReply(201, HubSpotSandboxState.View(note, null));
    }

    public static async Task<JsonReply> AssociationsAsync(string type, string id, string toType, HubSpotSandboxState state, CancellationToken cancellationToken)
    {
        Known(type);
        Known(toType);
        if (await state.Store.GetAsync(type, id, cancellationToken) is not { } record)
        {
            return HubSpotErrors.NotFound(type, id);
        }

        var typeId = (type, toType) switch { ("deals", "contacts") => 3, ("deals", "line_items") => 19, ("contacts", "notes") => 201, ("notes", "contacts") => 202, _ => 1 };
        var results = (record["associations"]?[toType] as JsonArray ?? []).Select(i => (JsonNode)new JsonObject
        {
            ["toObjectId"] = long.Parse(i!.ToString(), CultureInfo.InvariantCulture),
            ["associationTypes"] = new JsonArray(new JsonObject { ["category"] = "HUBSPOT_DEFINED", ["typeId"] = typeId, ["label"] = null }),
        });
        return JsonReply.Ok(new JsonObject { ["results"] = new JsonArray([.. results]) });
    }

    private static void Known(string type)
    {
        if (!HubSpotSandboxState.ObjectTypes.Contains(type))
        {
            throw new SandboxReplyException(HubSpotErrors.Error(400, "VALIDATION_ERROR", $"Unable to infer object type from: {type}"));
        }
    }

    private static async Task<JsonObject> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject ?? throw HubSpotErrors.Validation("Invalid input JSON: expected an object.");
        }
        catch (JsonException ex)
        {
            throw HubSpotErrors.Validation("Invalid input JSON on line " + (ex.LineNumber + 1) + ": " + ex.Message);
        }
    }

    /// <summary><c>properties</c> as name → string; HubSpot stores every value as text.</summary>
    private static List<KeyValuePair<string, string?>> Properties(JsonObject body)
    {
        var properties = body["properties"] as JsonObject ?? throw HubSpotErrors.Validation("properties is required.");
        var invalid = properties.Where(p => ReadOnlyProperties.Contains(p.Key) || p.Value is JsonObject or JsonArray).Select(p => p.Key).ToList();
        if (invalid.Count > 0)
        {
            throw HubSpotErrors.Validation("Property values were not valid: " + string.Join(", ", invalid.Select(i => $"{i} is read-only or not a scalar")));
        }

        return [.. properties.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value?.ToString()))];
    }

    private static List<string>? Names(JsonArray? array) => array?.Select(a => a!.ToString()).ToList();

    private static List<string>? Csv(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 ? null : [.. values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
