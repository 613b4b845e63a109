using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Stripe;

public static class StripeCustomerEndpoints
{
    public static void MapStripeCustomers(this RouteGroupBuilder api)
    {
        api.MapPost("/customers", CreateAsync).WithName("StripeSandboxCreateCustomer");
        api.MapGet("/customers/{id}", GetAsync).WithName("StripeSandboxGetCustomer");
        api.MapGet("/customers", ListAsync).WithName("StripeSandboxListCustomers");
    }

    public static async Task<StripeReply> CreateAsync(HttpRequest request, StripeSandboxState state, CancellationToken cancellationToken)
    {
        var form = await StripeForm.ReadAsync(request, cancellationToken);
        var email = form.Text("email");
        if (email is not null && (email.Length > 512 || !email.Contains('@', StringComparison.Ordinal)))
        {
            return StripeReply.Invalid($"Invalid email address: {email}", "email", "email_invalid");
        }

        var customer = await state.CreateCustomerAsync(email, form.Text("name"), form.Text("description"), form.Metadata(), state.Now, cancellationToken);
        return StripeReply.Ok(customer);
    }

    public static async Task<StripeReply> GetAsync(string id, StripeSandboxState state, CancellationToken cancellationToken) =>
        await state.Store.GetAsync(StripeSandboxState.Customers, id, cancellationToken) is { } customer
            ? StripeReply.Ok(customer)
            : StripeReply.NotFound("customer", id);

    public static async Task<StripeReply> ListAsync(HttpRequest request, StripeSandboxState state, CancellationToken cancellationToken)
    {
        var query = StripeForm.FromQuery(request.Query);
        var email = query.Text("email");
        var all = await state.Store.ListAsync(StripeSandboxState.Customers, cancellationToken);
        return StripeList.Page("/v1/customers", [.. all.Where(c => email is null || string.Equals((string?)c["email"], email, StringComparison.OrdinalIgnoreCase))], query);
    }

    internal static bool Matches(JsonObject item, string field, string? value) => value is null || (string?)item[field] == value;
}
