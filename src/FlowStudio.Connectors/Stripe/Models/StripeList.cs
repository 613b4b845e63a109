namespace FlowStudio.Connectors.Stripe.Models;

/// <summary>One page of a Stripe list: <c>{"object":"list","data":[…],"has_more":…}</c>.</summary>
public sealed record StripeList<T>(IReadOnlyList<T> Data, bool HasMore, string? Url);
