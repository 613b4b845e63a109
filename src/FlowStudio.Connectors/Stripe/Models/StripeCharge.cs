namespace FlowStudio.Connectors.Stripe.Models;

public sealed record StripeCharge(
    string Id,
    long Amount,
    long AmountCaptured,
    long AmountRefunded,
    string? BalanceTransaction,
    StripeBillingDetails? BillingDetails,
    bool Captured,
    string Currency,
    string? Customer,
    bool Paid,
    string? PaymentIntent,
    StripePaymentMethodDetails? PaymentMethodDetails,
    string? ReceiptEmail,
    string Status,
    long Created,
    IReadOnlyDictionary<string, string>? Metadata);
