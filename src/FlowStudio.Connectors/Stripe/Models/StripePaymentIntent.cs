namespace FlowStudio.Connectors.Stripe.Models;

/// <summary>Amounts are integers in the currency's smallest unit, as Stripe sends them; see <see cref="StripeMoney"/>.</summary>
public sealed record StripePaymentIntent(
    string Id,
    long Amount,
    long AmountReceived,
    string Currency,
    string? Customer,
    string? Description,
    string? LatestCharge,
    string? PaymentMethod,
    string? ReceiptEmail,
    string Status,
    long Created,
    IReadOnlyDictionary<string, string>? Metadata,
    StripeLastPaymentError? LastPaymentError);
