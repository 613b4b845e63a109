using System.Globalization;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Properties;

/// <summary>
/// Random flows that pass validation: a trigger, then nodes that each take at least one
/// connection from an earlier node (so the graph is acyclic and reachable), with some for-each
/// blocks (for-each → body → loop return) and the odd stop or fail.
/// </summary>
internal sealed class RandomFlowGenerator(int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<(string Id, string[] Ports)> _sources = [];
    private FlowBuilder _flow = new();
    private int _next;

    public FlowDefinition Next()
    {
        _flow = new FlowBuilder().Node("n0", NodeTypeKeys.ManualTrigger);
        _sources.Clear();
        _sources.Add(("n0", [PortNames.Out]));
        _next = 1;
        var count = _random.Next(2, 14);
        for (var i = 0; i < count; i++)
        {
            AddNode();
        }

        return _flow.Build();
    }

    private void AddNode()
    {
        var id = $"n{_next++}";
        var (type, config, ports) = _random.Next(10) switch
        {
            0 or 1 => (NodeTypeKeys.Map, """{ "mappings": { "v": "[trigger.n] + 1" } }""", new[] { PortNames.Out }),
            2 => (NodeTypeKeys.Condition, $$"""{ "condition": "[trigger.n] > {{_random.Next(10)}}" }""", [PortNames.True, PortNames.False]),
            3 => (NodeTypeKeys.Switch, """{ "cases": [ { "name": "low", "when": "[trigger.n] < 3" }, { "name": "mid", "when": "[trigger.n] < 7" } ] }""", ["low", "mid", PortNames.Default]),
            4 => (NodeTypeKeys.Merge, "{}", [PortNames.Out]),
            5 => (NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "x.y", "inputs": { "n": "[trigger.n]" } }""", [PortNames.Out]),
            6 => (NodeTypeKeys.SetVariable, $$"""{ "name": "v{{_next}}", "value": "[trigger.n]" }""", [PortNames.Out]),
            7 => (NodeTypeKeys.ForEach, """{ "items": "[trigger.items]", "parallelism": 2 }""", [PortNames.Done]),
            8 => (NodeTypeKeys.Map, """{ "mappings": { "k": "'x'" } }""", [PortNames.Out]),
            _ => _random.Next(4) == 0
                ? (NodeTypeKeys.Fail, """{ "message": "boom" }""", [])
                : (NodeTypeKeys.Stop, "{}", Array.Empty<string>()),
        };
        _flow.Node(id, type, config);
        var inputs = type == NodeTypeKeys.Merge ? _random.Next(1, 4) : _random.Next(1, 3);
        foreach (var (from, port) in PickSources(inputs))
        {
            _flow.Connect(from, id, port);
        }

        if (type == NodeTypeKeys.ForEach)
        {
            var body = $"n{_next++}";
            var bodyAction = $"n{_next++}";
            _flow.Node(body, NodeTypeKeys.Map, """{ "mappings": { "x": "[item]" } }""")
                .Node(bodyAction, NodeTypeKeys.ConnectorAction, $$"""{ "connection": "c", "operation": "x.y", "inputs": { "x": "[steps.{{body}}.output.x]" } }""")
                .Connect(id, body, PortNames.Item).Connect(body, bodyAction).Connect(bodyAction, id, toPort: PortNames.Loop);
        }

        if (ports.Length > 0)
        {
            _sources.Add((id, ports));
        }
    }

    private HashSet<(string From, string Port)> PickSources(int count)
    {
        var picked = new HashSet<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            var (from, ports) = _sources[_random.Next(_sources.Count)];
            picked.Add((from, ports[_random.Next(ports.Length)]));
        }

        return picked;
    }

    public static string Trigger(int seed) => string.Create(CultureInfo.InvariantCulture, $$"""{"n":{{seed % 10}},"items":[{{string.Join(',', Enumerable.Range(0, seed % 4))}}]}""");
}
