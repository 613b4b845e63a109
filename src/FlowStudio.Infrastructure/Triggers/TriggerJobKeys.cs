using Quartz;

namespace FlowStudio.Infrastructure.Triggers;

/// <summary>
/// Stable Quartz identities, one job and one trigger per (flow, node): a re-publish replaces them rather
/// than adding a second, and in the clustered store a trigger fires on exactly one node.
/// </summary>
internal static class TriggerJobKeys
{
    public const string Group = "flowstudio-triggers";
    public const string FlowIdKey = "flowId";
    public const string NodeIdKey = "nodeId";

    public static JobKey Job(TriggerKind kind, Guid flowId, string nodeId) => new($"{Prefix(kind)}-{flowId:N}-{nodeId}", Group);

    public static TriggerKey Trigger(TriggerKind kind, Guid flowId, string nodeId) => new($"{Prefix(kind)}-{flowId:N}-{nodeId}", Group);

    private static string Prefix(TriggerKind kind) => kind == TriggerKind.Schedule ? "schedule" : "poll";
}
