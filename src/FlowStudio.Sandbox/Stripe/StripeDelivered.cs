namespace FlowStudio.Sandbox.Stripe;

/// <summary>An event the Stripe sandbox sent, and the hook URL it went to (what "Redeliver last event" sends again).</summary>
public sealed record StripeDelivered(string EventId, string Type, string HookUrl);
