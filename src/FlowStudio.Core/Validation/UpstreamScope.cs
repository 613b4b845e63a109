using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Validation;

/// <summary>What a node's expressions may read: the trigger, the steps before it (nearest first) and, inside a for-each branch, the item.</summary>
/// <param name="Trigger">The trigger node the node is reached from, if any.</param>
/// <param name="Steps">Non-trigger nodes with a path to the node, nearest first.</param>
/// <param name="ForEach">The innermost for-each whose per-item branch holds the node; <c>[item]</c> is its current item.</param>
public sealed record UpstreamScope(FlowNode? Trigger, IReadOnlyList<FlowNode> Steps, FlowNode? ForEach);
