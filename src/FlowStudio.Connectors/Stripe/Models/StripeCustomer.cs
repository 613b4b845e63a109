namespace FlowStudio.Connectors.Stripe.Models;

public sealed record StripeCustomer(
    string Id,
    string? Email,
    string? Name,
    string? Description,
    long Created,
    IReadOnlyDictionary<string, string>? Metadata);
