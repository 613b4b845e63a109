using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Shopify;

/// <summary>
/// Orders and customers of the Admin REST API. Lists page by cursor: <c>limit</c> (≤250, default 50) and a
/// <c>Link: &lt;…page_info=…&gt;; rel="next"</c> header; <c>page_info</c> may not be combined with filters.
/// </summary>
public static class ShopifyEndpoints
{
    public const int MaxNoteLength = 5000;

    public static void MapShopifyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/orders.json", ListOrdersAsync).WithName("ShopifySandboxListOrders");
        api.MapGet("/orders/{id}.json", GetOrderAsync).WithName("ShopifySandboxGetOrder");
        api.MapPut("/orders/{id}.json", UpdateOrderAsync).WithName("ShopifySandboxUpdateOrder");
        api.MapGet("/customers.json", ListCustomersAsync).WithName("ShopifySandboxListCustomers");
        api.MapGet("/customers/{id}.json", GetCustomerAsync).WithName("ShopifySandboxGetCustomer");
    }

    public static async Task<JsonReply> ListOrdersAsync(HttpRequest request, ShopifySandboxState state, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var status = Text(query, "status") ?? "open";
        var financial = Text(query, "financial_status");
        var fulfillment = Text(query, "fulfillment_status");
        DateTimeOffset? since = null;
        if (Text(query, "updated_at_min") is { } sinceText)
        {
            since = DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new SandboxReplyException(new JsonReply(400, new JsonObject { ["errors"] = new JsonObject { ["updated_at_min"] = "Invalid date." } }));
        }

        var all = await state.Store.ListAsync(ShopifySandboxState.Orders, cancellationToken);
        var filtered = all.Where(o =>
            (since is null || DateTimeOffset.Parse((string)o["updated_at"]!, CultureInfo.InvariantCulture) >= since) &&
            (financial is null or "any" || (string?)o["financial_status"] == financial)
            && (fulfillment is null or "any" || ((string?)o["fulfillment_status"] ?? "unfulfilled") == (fulfillment == "unshipped" ? "unfulfilled" : fulfillment))
            && (status == "any" || status == "open"));
        return Page(request, "orders", [.. filtered]);
    }

    public static async Task<JsonReply> GetOrderAsync(string id, ShopifySandboxState state, CancellationToken cancellationToken) =>
        await state.Store.GetAsync(ShopifySandboxState.Orders, id, cancellationToken) is { } order
            ? JsonReply.Ok(new JsonObject { ["order"] = order })
            : NotFound();

    /// <summary>Replaces the fields given (only <c>note</c>, <c>tags</c> and <c>email</c> are writable here).</summary>
    public static async Task<JsonReply> UpdateOrderAsync(string id, HttpRequest request, ShopifySandboxState state, CancellationToken cancellationToken)
    {
        if (await state.Store.GetAsync(ShopifySandboxState.Orders, id, cancellationToken) is not { } order)
        {
            return NotFound();
        }

        JsonObject? changes;
        try
        {
            changes = (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken))?["order"] as JsonObject;
        }
        catch (JsonException)
        {
            changes = null;
        }

        if (changes is null)
        {
            return new JsonReply(400, new JsonObject { ["errors"] = new JsonObject { ["order"] = "Required parameter missing or invalid" } });
        }

        var errors = new JsonObject();
        if (changes["note"] is JsonValue note && ((string?)note)?.Length > MaxNoteLength)
        {
            errors["note"] = new JsonArray("is too long (maximum is " + MaxNoteLength + " characters)");
        }

        if (changes["email"] is JsonValue email && !((string?)email ?? string.Empty).Contains('@', StringComparison.Ordinal))
        {
            errors["email"] = new JsonArray("is invalid");
        }

        if (errors.Count > 0)
        {
            return new JsonReply(422, new JsonObject { ["errors"] = errors });
        }

        foreach (var field in new[] { "note", "tags", "email" })
        {
            if (changes.ContainsKey(field))
            {
                order[field] = changes[field]?.DeepClone();
            }
        }

        order["updated_at"] = ShopifySandboxState.Timestamp(state.Now);
        await state.Store.PutAsync(ShopifySandboxState.Orders, id, order, cancellationToken);
        return JsonReply.Ok(new JsonObject { ["order"] = order });
    }

    public static async Task<JsonReply> ListCustomersAsync(HttpRequest request, ShopifySandboxState state, CancellationToken cancellationToken) =>
        Page(request, "customers", await state.Store.ListAsync(ShopifySandboxState.Customers, cancellationToken));

    public static async Task<JsonReply> GetCustomerAsync(string id, ShopifySandboxState state, CancellationToken cancellationToken) =>
        await state.Store.GetAsync(ShopifySandboxState.Customers, id, cancellationToken) is { } customer
            ? JsonReply.Ok(new JsonObject { ["customer"] = customer })
            : NotFound();

    private static JsonReply NotFound() => new(404, new JsonObject { ["errors"] = "Not Found" });

    /// <summary>Oldest first by id; <c>since_id</c> and the opaque <c>page_info</c> cursor (base64 of the last id) continue.</summary>
    private static JsonReply Page(HttpRequest request, string key, IReadOnlyList<JsonObject> items)
    {
        var query = request.Query;
        var limitText = Text(query, "limit");
        var limit = 50;
        if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 250))
        {
            throw new SandboxReplyException(new JsonReply(400, new JsonObject { ["errors"] = new JsonObject { ["limit"] = "Limit must be between 1 and 250" } }));
        }

        long after = 0;
        if (Text(query, "page_info") is { } pageInfo)
        {
            if (query.Keys.Any(k => k is not ("page_info" or "limit" or "fields")) || !TryDecode(pageInfo, out after))
            {
                throw new SandboxReplyException(new JsonReply(400, new JsonObject { ["errors"] = new JsonObject { ["page_info"] = "Invalid value." } }));
            }
        }
        else if (Text(query, "since_id") is { } since && !long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            throw new SandboxReplyException(new JsonReply(400, new JsonObject { ["errors"] = new JsonObject { ["since_id"] = "Invalid value." } }));
        }

        var ordered = items.OrderBy(i => (long)i["id"]!).Where(i => (long)i["id"]! > after).ToList();
        var page = ordered.Take(limit).ToList();
        var reply = JsonReply.Ok(new JsonObject { [key] = new JsonArray([.. page.Select(p => (JsonNode)p.DeepClone())]) });
        if (ordered.Count > page.Count)
        {
            var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("after:" + ((long)page[^1]["id"]!).ToString(CultureInfo.InvariantCulture)));
            var next = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?limit={limit}&page_info={Uri.EscapeDataString(cursor)}";
            reply.With("Link", $"<{next}>; rel=\"next\"");
        }

        return reply;
    }

    private static bool TryDecode(string pageInfo, out long after)
    {
        after = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(pageInfo));
            return text.StartsWith("after:", StringComparison.Ordinal) && long.TryParse(text["after:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out after);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? Text(IQueryCollection query, string key) => query.TryGetValue(key, out var value) && value.ToString().Length > 0 ? value.ToString() : null;
}
