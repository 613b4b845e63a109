namespace FlowStudio.Connectors.Stripe.Models;

/// <summary><see cref="Amount"/> in the currency's smallest unit (see <see cref="StripeMoney"/>).</summary>
public sealed record StripePaymentIntentCreate(
    long Amount,
    string Currency,
    string? Customer = null,
    string? Description = null,
    string? ReceiptEmail = null,
    string? PaymentMethod = null,
    bool Confirm = false,
    IReadOnlyDictionary<string, string>? Metadata = null);
