namespace FlowStudio.Sandbox.Kit;

/// <summary>What the hook URL answered to a simulated event (status 0 when it could not be reached).</summary>
public sealed record WebhookDeliveryResult(string EventId, string Topic, string HookUrl, int Status, string Body, string? Error);
