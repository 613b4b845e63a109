using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>
/// Stripe's cursor lists: newest first, <c>limit</c> 1–100 (default 10), <c>starting_after</c> /
/// <c>ending_before</c> an object id → <c>{"object":"list","url":…,"has_more":…,"data":[…]}</c>.
/// </summary>
public static class StripeList
{
    /// <exception cref="StripeRequestException">Bad limit or cursor.</exception>
    public static StripeReply Page(string url, IReadOnlyList<JsonObject> oldestFirst, StripeForm query)
    {
        ArgumentNullException.ThrowIfNull(oldestFirst);
        ArgumentNullException.ThrowIfNull(query);
        var limit = query.WholeNumber("limit") ?? 10;
        if (limit is < 1 or > 100)
        {
            throw new StripeRequestException(StripeReply.Invalid("This value must be between 1 and 100 (it currently is " + limit + ").", "limit", "parameter_invalid_integer"));
        }

        var items = oldestFirst.Reverse().ToList();
        var after = query.Text("starting_after");
        var before = query.Text("ending_before");
        List<JsonObject> window;
        bool hasMore;
        if (before is not null)
        {
            var index = IndexOf(items, before, "ending_before");
            window = items.Take(index).TakeLast((int)limit).ToList();
            hasMore = index > window.Count;
        }
        else
        {
            var skip = after is null ? 0 : IndexOf(items, after, "starting_after") + 1;
            window = items.Skip(skip).Take((int)limit).ToList();
            hasMore = items.Count > skip + window.Count;
        }

        return StripeReply.Ok(new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. window.Select(i => (JsonNode)i.DeepClone())]),
            ["has_more"] = hasMore,
            ["url"] = url,
        });
    }

    private static int IndexOf(List<JsonObject> items, string id, string param)
    {
        var index = items.FindIndex(i => (string?)i["id"] == id);
        return index >= 0
            ? index
            : throw new StripeRequestException(StripeReply.NotFound("object", id, param));
    }
}
