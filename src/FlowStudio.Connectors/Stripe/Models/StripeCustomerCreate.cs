namespace FlowStudio.Connectors.Stripe.Models;

public sealed record StripeCustomerCreate(string? Email, string? Name, string? Description, IReadOnlyDictionary<string, string>? Metadata);
