using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Validation;

/// <summary>
/// The connections of a flow as a directed graph. A connection into a for-each's <c>loop</c> port
/// is a loop return, not an ordinary edge: it does not count for cycles, reachability or upstream.
/// </summary>
public sealed class FlowGraph
{
    private readonly Dictionary<string, List<FlowConnection>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FlowConnection>> _incoming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _ancestors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forEachIds;

    /// <param name="flow">The flow whose nodes make the graph.</param>
    /// <param name="connections">Connections between existing nodes; dangling ones are left out by the caller.</param>
    public FlowGraph(FlowDefinition flow, IEnumerable<FlowConnection> connections)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(connections);
        NodeIds = [.. flow.Nodes.Select(n => n.Id)];
        _forEachIds = [.. flow.Nodes.Where(n => n.Type == NodeTypeKeys.ForEach).Select(n => n.Id)];
        foreach (var connection in connections)
        {
            Add(_outgoing, connection.FromNode, connection);
            Add(_incoming, connection.ToNode, connection);
        }

        LoopBodies = _forEachIds.ToDictionary(id => id, FindBody, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> NodeIds { get; }

    /// <summary>For each for-each node, the nodes of its per-item branch.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> LoopBodies { get; }

    public IReadOnlyList<FlowConnection> Outgoing(string nodeId) => _outgoing.GetValueOrDefault(nodeId) ?? [];

    public IReadOnlyList<FlowConnection> Incoming(string nodeId) => _incoming.GetValueOrDefault(nodeId) ?? [];

    public bool IsLoopReturn(FlowConnection connection) =>
        connection.ToPort == PortNames.Loop && _forEachIds.Contains(connection.ToNode);

    /// <summary>Nodes with a path to <paramref name="nodeId"/>: the steps whose output it may read.</summary>
    public IReadOnlySet<string> Upstream(string nodeId)
    {
        if (_ancestors.TryGetValue(nodeId, out var known))
        {
            return known;
        }

        var ancestors = Walk([nodeId], n => Incoming(n).Where(c => !IsLoopReturn(c)).Select(c => c.FromNode));
        ancestors.Remove(nodeId);

        _ancestors[nodeId] = ancestors;
        return ancestors;
    }

    public HashSet<string> ReachableFrom(IEnumerable<string> starts) =>
        Walk(starts, n => Outgoing(n).Where(c => !IsLoopReturn(c)).Select(c => c.ToNode));

    /// <summary>Each cycle found, as the node ids along it with the first repeated at the end.</summary>
    public List<IReadOnlyList<string>> FindCycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var path = new List<string>();
        foreach (var start in NodeIds)
        {
            Visit(start);
        }

        return cycles;

        void Visit(string node)
        {
            if (state.ContainsKey(node))
            {
                return;
            }

            state[node] = false;
            path.Add(node);
            foreach (var next in Outgoing(node).Where(c => !IsLoopReturn(c)).Select(c => c.ToNode))
            {
                if (state.TryGetValue(next, out var done) && !done)
                {
                    cycles.Add([.. path.Skip(path.IndexOf(next)), next]);
                }
                else
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = true;
        }
    }

    private HashSet<string> FindBody(string forEachId)
    {
        var body = Walk(
            Outgoing(forEachId).Where(c => c.FromPort == PortNames.Item).Select(c => c.ToNode),
            n => n == forEachId ? [] : Outgoing(n).Where(c => !IsLoopReturn(c)).Select(c => c.ToNode));
        body.Remove(forEachId);
        return body;
    }

    private static HashSet<string> Walk(IEnumerable<string> starts, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts);
        while (queue.TryDequeue(out var node))
        {
            if (seen.Add(node))
            {
                foreach (var following in next(node))
                {
                    queue.Enqueue(following);
                }
            }
        }

        return seen;
    }

    private static void Add(Dictionary<string, List<FlowConnection>> map, string key, FlowConnection connection)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(connection);
    }
}
