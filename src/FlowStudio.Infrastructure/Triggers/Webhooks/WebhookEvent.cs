namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>One event of a delivery: its identity (the duplicate check), its type, and its bytes (the run's input).</summary>
public sealed record WebhookEvent(string Key, string? Type, ReadOnlyMemory<byte> Body);
