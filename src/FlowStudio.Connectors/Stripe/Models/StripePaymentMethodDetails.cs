namespace FlowStudio.Connectors.Stripe.Models;

public sealed record StripePaymentMethodDetails(string? Type, StripeCardDetails? Card);
