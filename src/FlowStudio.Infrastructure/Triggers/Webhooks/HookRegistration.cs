namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>An active hook: which flow and node a <c>/hooks/{key}</c> delivery belongs to, and how to verify it.</summary>
public sealed record HookRegistration(string HookKey, Guid FlowId, string NodeId, WebhookSettings Settings);
