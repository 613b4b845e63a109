using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Stripe;

public static class StripeEventEndpoints
{
    public static void MapStripeEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{id}", GetAsync).WithName("StripeSandboxGetEvent");
        api.MapGet("/events", ListAsync).WithName("StripeSandboxListEvents");
    }

    public static async Task<StripeReply> GetAsync(string id, StripeSandboxState state, CancellationToken cancellationToken) =>
        await state.Store.GetAsync(StripeSandboxState.Events, id, cancellationToken) is { } evt
            ? StripeReply.Ok(evt)
            : StripeReply.NotFound("event", id);

    /// <summary>Filters by <c>type</c> (exact, or a prefix ending in <c>*</c> such as <c>charge.*</c>).</summary>
    public static async Task<StripeReply> ListAsync(HttpRequest request, StripeSandboxState state, CancellationToken cancellationToken)
    {
        var query = StripeForm.FromQuery(request.Query);
        var type = query.Text("type");
        var all = await state.Store.ListAsync(StripeSandboxState.Events, cancellationToken);
        return StripeList.Page("/v1/events", [.. all.Where(e => Matches((string?)e["type"], type))], query);
    }

    private static bool Matches(string? actual, string? wanted) =>
        wanted is null
        || (wanted.EndsWith(".*", StringComparison.Ordinal) ? actual?.StartsWith(wanted[..^1], StringComparison.Ordinal) == true : actual == wanted);
}
