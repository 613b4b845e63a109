using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>
/// "Tidy up": a layered left-to-right layout. Each node goes one layer right of its furthest predecessor
/// (back edges, such as a for-each loop return, are ignored), nodes in a layer are ordered by the average row
/// of their predecessors to cut crossings, and each layer is centred vertically.
/// </summary>
public static class AutoLayout
{
    public static FlowDefinition Tidy(FlowDefinition flow, INodeCatalog catalog, FlowPosition origin = default)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(catalog);
        if (flow.Nodes.IsDefaultOrEmpty)
        {
            return flow;
        }

        var ids = flow.Nodes.Select(n => n.Id).Distinct(StringComparer.Ordinal).ToList();
        var known = ids.ToHashSet(StringComparer.Ordinal);
        var edges = flow.Connections.Where(c => known.Contains(c.FromNode) && known.Contains(c.ToNode) && c.FromNode != c.ToNode)
            .Where(c => c.ToPort != PortNames.Loop).ToList();
        var forward = RemoveBackEdges(ids, edges, flow);
        var layer = AssignLayers(ids, forward);
        var rows = OrderLayers(ids, forward, layer);
        var heights = flow.Nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => HeightOf(g.First(), catalog), StringComparer.Ordinal);
        var positions = Place(rows, heights, origin);
        return flow with { Nodes = [.. flow.Nodes.Select(n => n with { Position = positions[n.Id] })] };
    }

    private static List<FlowConnection> RemoveBackEdges(List<string> ids, List<FlowConnection> edges, FlowDefinition flow)
    {
        var outgoing = edges.GroupBy(e => e.FromNode).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var back = new HashSet<FlowConnection>();
        var hasIncoming = edges.Select(e => e.ToNode).ToHashSet(StringComparer.Ordinal);

        // Start from triggers and sources so the DFS order follows the flow's direction.
        foreach (var start in ids.OrderBy(id => hasIncoming.Contains(id) ? 1 : 0).ThenBy(id => flow.Nodes.First(n => n.Id == id).Position.X))
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(string Node, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var list = outgoing.GetValueOrDefault(node) ?? [];
                if (next >= list.Count)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                var edge = list[next];
                switch (state.GetValueOrDefault(edge.ToNode))
                {
                    case 0:
                        state[edge.ToNode] = 1;
                        stack.Push((edge.ToNode, 0));
                        break;
                    case 1:
                        back.Add(edge);
                        break;
                }
            }
        }

        return [.. edges.Where(e => !back.Contains(e))];
    }

    private static Dictionary<string, int> AssignLayers(List<string> ids, List<FlowConnection> edges)
    {
        var incoming = edges.GroupBy(e => e.ToNode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var outgoing = edges.GroupBy(e => e.FromNode).ToDictionary(g => g.Key, g => g.Select(e => e.ToNode).ToList(), StringComparer.Ordinal);
        var layer = ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var ready = new Queue<string>(ids.Where(id => !incoming.ContainsKey(id)));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            foreach (var next in outgoing.GetValueOrDefault(node) ?? [])
            {
                layer[next] = Math.Max(layer[next], layer[node] + 1);
                if (--incoming[next] == 0)
                {
                    ready.Enqueue(next);
                }
            }
        }

        return layer;
    }

    private static List<List<string>> OrderLayers(List<string> ids, List<FlowConnection> edges, Dictionary<string, int> layer)
    {
        var rows = ids.GroupBy(id => layer[id]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var predecessors = edges.GroupBy(e => e.ToNode).ToDictionary(g => g.Key, g => g.Select(e => e.FromNode).ToList(), StringComparer.Ordinal);
        for (var sweep = 0; sweep < 2; sweep++)
        {
            var index = rows.SelectMany(r => r.Select((id, i) => (id, i))).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            for (var l = 1; l < rows.Count; l++)
            {
                var current = index;
                rows[l] = [.. rows[l].Select((id, i) => (id, i)).OrderBy(x =>
                    predecessors.TryGetValue(x.id, out var from) && from.Count > 0 ? from.Average(p => current[p]) : x.i).ThenBy(x => x.i).Select(x => x.id)];
                for (var i = 0; i < rows[l].Count; i++)
                {
                    index[rows[l][i]] = i;
                }
            }
        }

        return rows;
    }

    private static Dictionary<string, FlowPosition> Place(List<List<string>> rows, Dictionary<string, double> heights, FlowPosition origin)
    {
        var columnHeights = rows.Select(r => r.Sum(id => heights[id]) + (NodeLayout.NodeGap * (r.Count - 1))).ToList();
        var tallest = columnHeights.Max();
        var positions = new Dictionary<string, FlowPosition>(StringComparer.Ordinal);
        for (var l = 0; l < rows.Count; l++)
        {
            var x = origin.X + (l * (NodeLayout.Width + NodeLayout.LayerGap));
            var y = origin.Y + ((tallest - columnHeights[l]) / 2);
            foreach (var id in rows[l])
            {
                positions[id] = new FlowPosition(x, Math.Round(y));
                y += heights[id] + NodeLayout.NodeGap;
            }
        }

        return positions;
    }

    private static double HeightOf(FlowNode node, INodeCatalog catalog)
    {
        var type = catalog.Find(node.Type);
        return type is null ? NodeLayout.Height(0, 0) : NodeLayout.Height(type.InputPorts.Length, type.GetOutputPorts(node.Config).Count);
    }
}
