using System.Text.Json;

namespace FlowStudio.Connectors.Stripe.Models;

public sealed record StripeBillingDetails(JsonElement? Address, string? Email, string? Name, string? Phone);
