namespace FlowStudio.Connectors.Stripe.Models;

public sealed record StripeCardDetails(string? Brand, string? Last4);
