using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Validation;

/// <summary>Finds what a node may read (<see cref="UpstreamScope"/>), e.g. for the designer's data picker.</summary>
public static class FlowUpstream
{
    /// <param name="flow">The flow, possibly half-built: connections to missing nodes are ignored.</param>
    /// <param name="nodeId">The node whose inputs are being edited.</param>
    /// <param name="catalog">Tells triggers apart; without it a type key starting with <c>trigger.</c> is a trigger.</param>
    public static UpstreamScope Of(FlowDefinition flow, string nodeId, INodeCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(nodeId);
        var byId = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        foreach (var node in flow.Nodes)
        {
            byId.TryAdd(node.Id, node);
        }

        var graph = new FlowGraph(flow, flow.Connections.Where(c => byId.ContainsKey(c.FromNode) && byId.ContainsKey(c.ToNode)));
        var distance = Distances(graph, nodeId);
        var upstream = graph.Upstream(nodeId)
            .Where(byId.ContainsKey)
            .Select(id => byId[id])
            .OrderBy(n => distance.GetValueOrDefault(n.Id, int.MaxValue))
            .ThenBy(n => flow.Nodes.IndexOf(n))
            .ToList();
        var trigger = upstream.FirstOrDefault(n => IsTrigger(n, catalog));
        var forEach = graph.LoopBodies
            .Where(body => body.Value.Contains(nodeId))
            .Select(body => byId[body.Key])
            .OrderBy(n => distance.GetValueOrDefault(n.Id, int.MaxValue))
            .FirstOrDefault();
        return new UpstreamScope(trigger, [.. upstream.Where(n => !IsTrigger(n, catalog))], forEach);
    }

    private static bool IsTrigger(FlowNode node, INodeCatalog? catalog) =>
        catalog?.Find(node.Type)?.IsTrigger ?? node.Type.StartsWith("trigger.", StringComparison.Ordinal);

    // Breadth-first backwards over ordinary edges: how many steps before the node each ancestor is.
    private static Dictionary<string, int> Distances(FlowGraph graph, string nodeId)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [nodeId] = 0 };
        var queue = new Queue<string>([nodeId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var connection in graph.Incoming(current).Where(c => !graph.IsLoopReturn(c)))
            {
                if (distance.TryAdd(connection.FromNode, distance[current] + 1))
                {
                    queue.Enqueue(connection.FromNode);
                }
            }
        }

        return distance;
    }
}
