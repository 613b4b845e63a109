using FlowStudio.Connectors.Stripe.Models;

namespace FlowStudio.Connectors.Stripe;

/// <summary>What the Stripe operations hand to a flow: Stripe's fields, with amounts as decimals in major units.</summary>
public static class StripeOutputs
{
    public static Dictionary<string, object?> Customer(StripeCustomer c) => new()
    {
        ["id"] = c.Id,
        ["email"] = c.Email,
        ["name"] = c.Name,
        ["description"] = c.Description,
        ["created"] = c.Created,
        ["metadata"] = c.Metadata ?? new Dictionary<string, string>(),
    };

    public static Dictionary<string, object?> PaymentIntent(StripePaymentIntent p) => new()
    {
        ["id"] = p.Id,
        ["amount"] = StripeMoney.ToDecimal(p.Amount, p.Currency),
        ["amount_received"] = StripeMoney.ToDecimal(p.AmountReceived, p.Currency),
        ["currency"] = p.Currency,
        ["customer"] = p.Customer,
        ["description"] = p.Description,
        ["latest_charge"] = p.LatestCharge,
        ["payment_method"] = p.PaymentMethod,
        ["receipt_email"] = p.ReceiptEmail,
        ["status"] = p.Status,
        ["created"] = p.Created,
        ["metadata"] = p.Metadata ?? new Dictionary<string, string>(),
    };

    public static Dictionary<string, object?> Charge(StripeCharge c) => new()
    {
        ["id"] = c.Id,
        ["amount"] = StripeMoney.ToDecimal(c.Amount, c.Currency),
        ["amount_captured"] = StripeMoney.ToDecimal(c.AmountCaptured, c.Currency),
        ["amount_refunded"] = StripeMoney.ToDecimal(c.AmountRefunded, c.Currency),
        ["currency"] = c.Currency,
        ["customer"] = c.Customer,
        ["payment_intent"] = c.PaymentIntent,
        ["paid"] = c.Paid,
        ["status"] = c.Status,
        ["receipt_email"] = c.ReceiptEmail ?? c.BillingDetails?.Email,
        ["card_brand"] = c.PaymentMethodDetails?.Card?.Brand,
        ["card_last4"] = c.PaymentMethodDetails?.Card?.Last4,
        ["created"] = c.Created,
        ["metadata"] = c.Metadata ?? new Dictionary<string, string>(),
    };

    public static Dictionary<string, object?> Event(StripeEvent e) => new()
    {
        ["id"] = e.Id,
        ["type"] = e.Type,
        ["created"] = e.Created,
        ["api_version"] = e.ApiVersion,
        ["object"] = e.Data.Subject,
    };
}
