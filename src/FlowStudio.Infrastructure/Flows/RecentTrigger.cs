namespace FlowStudio.Infrastructure.Flows;

/// <summary>The trigger payload a real run of the flow started with.</summary>
public sealed record RecentTrigger(Guid RunId, DateTimeOffset At, string Json);
