using System.Runtime.CompilerServices;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Validation;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// A flow definition prepared for interpretation: nodes in topological order split into the top
/// level and one list per for-each branch. Built once per definition instance and cached.
/// </summary>
internal sealed class CompiledFlow
{
    private static readonly ConditionalWeakTable<FlowDefinition, CompiledFlow> Cache = [];
    private static readonly HashSet<string> TriggerTypes =
        [NodeTypeKeys.ManualTrigger, NodeTypeKeys.WebhookTrigger, NodeTypeKeys.ScheduleTrigger, NodeTypeKeys.PollTrigger];

    private CompiledFlow(FlowDefinition definition)
    {
        var ids = definition.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var connections = definition.Connections.Where(c => ids.Contains(c.FromNode) && ids.Contains(c.ToNode)).ToList();
        var graph = new FlowGraph(definition, connections);
        var order = TopologicalOrder(definition, graph);
        if (order is null)
        {
            Problem = "The flow has a cycle outside a for-each branch; validate and publish it again.";
            return;
        }

        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (loopId, body) in graph.LoopBodies.OrderByDescending(b => b.Value.Count))
        {
            foreach (var member in body)
            {
                owner[member] = loopId; // smaller bodies come later, so the innermost loop wins
            }
        }

        var compiled = order.Select(node => Compile(node, graph, owner)).ToList();
        TopLevel = [.. compiled.Where(n => !owner.ContainsKey(n.Id))];
        Loops = graph.LoopBodies.Keys.ToDictionary(
            id => id,
            id => (IReadOnlyList<CompiledNode>)[.. compiled.Where(n => owner.GetValueOrDefault(n.Id) == id)],
            StringComparer.Ordinal);
        Trigger = TopLevel.FirstOrDefault(n => TriggerTypes.Contains(n.Node.Type));
        if (Trigger is null)
        {
            Problem = "The flow has no trigger.";
        }
    }

    /// <summary>Why the flow cannot run; null when it can.</summary>
    public string? Problem { get; }

    public CompiledNode? Trigger { get; }

    public IReadOnlyList<CompiledNode> TopLevel { get; } = [];

    /// <summary>For each for-each node, the nodes its iterations run directly (nested branches excluded).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CompiledNode>> Loops { get; } = new Dictionary<string, IReadOnlyList<CompiledNode>>();

    public static CompiledFlow For(FlowDefinition definition) => Cache.GetValue(definition, static d => new CompiledFlow(d));

    private static CompiledNode Compile(FlowNode node, FlowGraph graph, Dictionary<string, string> owner)
    {
        var outgoing = graph.Outgoing(node.Id);
        var returns = owner.TryGetValue(node.Id, out var loopId)
            ? outgoing.Where(c => graph.IsLoopReturn(c) && c.ToNode == loopId).Select(c => c.FromPort).ToHashSet(StringComparer.Ordinal)
            : [];
        return new CompiledNode(
            node,
            [.. graph.Incoming(node.Id).Where(c => !graph.IsLoopReturn(c))],
            outgoing.Any(c => c.FromPort == PortNames.Error),
            returns);
    }

    /// <summary>Kahn's algorithm over ordinary edges, ties kept in document order; null on a cycle.</summary>
    private static List<FlowNode>? TopologicalOrder(FlowDefinition definition, FlowGraph graph)
    {
        var remaining = definition.Nodes.ToDictionary(n => n.Id, n => graph.Incoming(n.Id).Count(c => !graph.IsLoopReturn(c)), StringComparer.Ordinal);
        var position = definition.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var ready = new PriorityQueue<FlowNode, int>();
        foreach (var node in definition.Nodes.Where(n => remaining[n.Id] == 0))
        {
            ready.Enqueue(node, position[node.Id]);
        }

        var order = new List<FlowNode>(definition.Nodes.Length);
        while (ready.TryDequeue(out var node, out _))
        {
            order.Add(node);
            foreach (var connection in graph.Outgoing(node.Id).Where(c => !graph.IsLoopReturn(c)))
            {
                if (--remaining[connection.ToNode] == 0)
                {
                    ready.Enqueue(definition.Nodes[position[connection.ToNode]], position[connection.ToNode]);
                }
            }
        }

        return order.Count == definition.Nodes.Length ? order : null;
    }
}
