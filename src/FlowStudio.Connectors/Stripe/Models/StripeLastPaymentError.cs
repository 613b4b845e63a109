namespace FlowStudio.Connectors.Stripe.Models;

public sealed record StripeLastPaymentError(string? Type, string? Code, string? DeclineCode, string? Message);
