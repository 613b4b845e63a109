using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Stripe;

public static class StripeChargeEndpoints
{
    public static void MapStripeCharges(this RouteGroupBuilder api)
    {
        api.MapGet("/charges/{id}", GetAsync).WithName("StripeSandboxGetCharge");
        api.MapGet("/charges", ListAsync).WithName("StripeSandboxListCharges");
    }

    public static async Task<StripeReply> GetAsync(string id, StripeSandboxState state, CancellationToken cancellationToken) =>
        await state.Store.GetAsync(StripeSandboxState.Charges, id, cancellationToken) is { } charge
            ? StripeReply.Ok(charge)
            : StripeReply.NotFound("charge", id);

    public static async Task<StripeReply> ListAsync(HttpRequest request, StripeSandboxState state, CancellationToken cancellationToken)
    {
        var query = StripeForm.FromQuery(request.Query);
        var all = await state.Store.ListAsync(StripeSandboxState.Charges, cancellationToken);
        return StripeList.Page(
            "/v1/charges",
            [.. all.Where(c => StripeCustomerEndpoints.Matches(c, "customer", query.Text("customer"))
                && StripeCustomerEndpoints.Matches(c, "payment_intent", query.Text("payment_intent")))],
            query);
    }
}
