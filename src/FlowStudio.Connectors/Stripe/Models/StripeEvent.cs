namespace FlowStudio.Connectors.Stripe.Models;

/// <summary>An event; <see cref="Data"/>'s <c>object</c> is the resource as it was when the event happened.</summary>
public sealed record StripeEvent(string Id, string Type, string? ApiVersion, long Created, bool Livemode, StripeEventData Data);
