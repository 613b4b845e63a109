using System.Text.Json;

namespace FlowStudio.Engine.Contracts;

/// <summary>A sub-flow call; <see cref="IdempotencyKey"/> is also a good id for the child run, so a resumed parent never starts two.</summary>
public sealed record SubFlowCall(Guid ParentRunId, string NodeId, string FlowId, JsonElement Input, bool WaitForCompletion, string IdempotencyKey);
