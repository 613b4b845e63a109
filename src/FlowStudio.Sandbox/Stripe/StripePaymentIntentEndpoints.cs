using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>
/// Payment intents. Confirming with a test payment method (<c>pm_card_visa</c>, <c>pm_card_mastercard</c>,
/// <c>pm_card_amex</c>) succeeds and creates a charge; <c>pm_card_chargeDeclined</c> answers 402 <c>card_declined</c>.
/// </summary>
public static class StripePaymentIntentEndpoints
{
    private const string Declined = "pm_card_chargeDeclined";

    public static void MapStripePaymentIntents(this RouteGroupBuilder api)
    {
        api.MapPost("/payment_intents", CreateAsync).WithName("StripeSandboxCreatePaymentIntent");
        api.MapGet("/payment_intents/{id}", GetAsync).WithName("StripeSandboxGetPaymentIntent");
        api.MapGet("/payment_intents", ListAsync).WithName("StripeSandboxListPaymentIntents");
        api.MapPost("/payment_intents/{id}/confirm", ConfirmAsync).WithName("StripeSandboxConfirmPaymentIntent");
    }

    public static async Task<StripeReply> CreateAsync(HttpRequest request, StripeSandboxState state, CancellationToken cancellationToken)
    {
        var form = await StripeForm.ReadAsync(request, cancellationToken);
        var amount = form.WholeNumber("amount") ?? throw new StripeRequestException(StripeReply.Invalid("Missing required param: amount.", "amount", "parameter_missing"));
        if (amount < 1 || amount > 99_999_999)
        {
            return StripeReply.Invalid("Amount must be at least 1 and at most 99999999 in the currency's smallest unit.", "amount", "amount_too_small");
        }

        var currency = form.Text("currency")?.ToLowerInvariant();
        if (currency is null)
        {
            return StripeReply.Invalid("Missing required param: currency.", "currency", "parameter_missing");
        }

        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterLower))
        {
            return StripeReply.Invalid($"Invalid currency: {currency}. Stripe currently supports these currencies: usd, eur, gbp, …", "currency", "parameter_invalid_string_blank");
        }

        var customer = form.Text("customer");
        if (customer is not null && await state.Store.GetAsync(StripeSandboxState.Customers, customer, cancellationToken) is null)
        {
            return StripeReply.NotFound("customer", customer, "customer");
        }

        var confirm = form.Flag("confirm");
        var paymentMethod = form.Text("payment_method");
        if (confirm && paymentMethod is null)
        {
            return StripeReply.Invalid("You cannot confirm this PaymentIntent because it's missing a payment method.", "payment_method", "payment_intent_unexpected_state");
        }

        var intent = await state.CreatePaymentIntentAsync(amount, currency, customer, form.Text("description"), form.Text("receipt_email"), form.Metadata(), state.Now, cancellationToken);
        return confirm ? await ConfirmWithAsync(state, intent, paymentMethod!, cancellationToken) : StripeReply.Ok(intent);
    }

    public static async Task<StripeReply> GetAsync(string id, StripeSandboxState state, CancellationToken cancellationToken) =>
        await state.Store.GetAsync(StripeSandboxState.PaymentIntents, id, cancellationToken) is { } intent
            ? StripeReply.Ok(intent)
            : StripeReply.NotFound("payment_intent", id);

    public static async Task<StripeReply> ListAsync(HttpRequest request, StripeSandboxState state, CancellationToken cancellationToken)
    {
        var query = StripeForm.FromQuery(request.Query);
        var all = await state.Store.ListAsync(StripeSandboxState.PaymentIntents, cancellationToken);
        return StripeList.Page("/v1/payment_intents", [.. all.Where(p => StripeCustomerEndpoints.Matches(p, "customer", query.Text("customer")))], query);
    }

    public static async Task<StripeReply> ConfirmAsync(string id, HttpRequest request, StripeSandboxState state, CancellationToken cancellationToken)
    {
        var form = await StripeForm.ReadAsync(request, cancellationToken);
        if (await state.Store.GetAsync(StripeSandboxState.PaymentIntents, id, cancellationToken) is not { } intent)
        {
            return StripeReply.NotFound("payment_intent", id, "intent");
        }

        if ((string?)intent["status"] == "succeeded")
        {
            return StripeReply.Error(400, "invalid_request_error", "This PaymentIntent's status is succeeded; it cannot be confirmed again.", "payment_intent_unexpected_state");
        }

        var paymentMethod = form.Text("payment_method") ?? (string?)intent["payment_method"];
        return paymentMethod is null
            ? StripeReply.Invalid("You cannot confirm this PaymentIntent because it's missing a payment method.", "payment_method", "payment_intent_unexpected_state")
            : await ConfirmWithAsync(state, intent, paymentMethod, cancellationToken);
    }

    private static async Task<StripeReply> ConfirmWithAsync(StripeSandboxState state, JsonObject intent, string paymentMethod, CancellationToken cancellationToken)
    {
        if (paymentMethod == Declined)
        {
            var error = new JsonObject { ["type"] = "card_error", ["code"] = "card_declined", ["decline_code"] = "generic_decline", ["message"] = "Your card was declined." };
            intent["last_payment_error"] = error;
            intent["status"] = "requires_payment_method";
            await state.Store.PutAsync(StripeSandboxState.PaymentIntents, (string)intent["id"]!, intent, cancellationToken);
            await state.RecordEventAsync("payment_intent.payment_failed", intent, state.Now, cancellationToken);
            return StripeReply.Error(402, "card_error", "Your card was declined.", "card_declined", extra: new JsonObject
            {
                ["decline_code"] = "generic_decline",
                ["payment_intent"] = intent.DeepClone(),
            });
        }

        if (!paymentMethod.StartsWith("pm_card_", StringComparison.Ordinal))
        {
            return StripeReply.NotFound("payment_method", paymentMethod, "payment_method");
        }

        var brand = paymentMethod["pm_card_".Length..] is "mastercard" or "amex" ? paymentMethod["pm_card_".Length..] : "visa";
        var (succeeded, _, _) = await state.SucceedAsync(intent, paymentMethod, brand, state.Now, cancellationToken);
        return StripeReply.Ok(succeeded);
    }
}
