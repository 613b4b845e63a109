using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Lookups;

namespace FlowStudio.Engine.Execution;

/// <summary>The run's top level, or one for-each iteration: outputs, variables, taken ports and the current item.</summary>
internal sealed class ScopeState
{
    private readonly Dictionary<string, string?> _ports = new(StringComparer.Ordinal);
    private readonly ScopeState? _parent;

    public ScopeState(JsonElement trigger, ILookupTableProvider lookups)
        : this(null, string.Empty, trigger, null, lookups)
    {
    }

    private ScopeState(ScopeState? parent, string iterationPath, JsonElement trigger, JsonElement? item, ILookupTableProvider lookups)
    {
        _parent = parent;
        IterationPath = iterationPath;
        Outputs = new ScopedValues(parent?.Outputs);
        Vars = new ScopedValues(parent?.Vars);
        Expression = new ExpressionScope { Trigger = trigger, Steps = Outputs, Vars = Vars, Item = item ?? parent?.Expression.Item, Lookups = lookups };
    }

    public string IterationPath { get; }

    public ScopedValues Outputs { get; }

    public ScopedValues Vars { get; }

    public ExpressionScope Expression { get; }

    /// <summary>Output of the step that returned to the loop port last; the item's result.</summary>
    public JsonElement? LoopResult { get; private set; }

    public ScopeState Iteration(string iterationPath, string forEachId, JsonElement item)
    {
        var child = new ScopeState(this, iterationPath, Expression.Trigger!.Value, item, Expression.Lookups);
        child._ports[forEachId] = PortNames.Item;
        return child;
    }

    public void Complete(CompiledNode node, JsonElement output, string? port)
    {
        Outputs.Set(node.Id, output);
        _ports[node.Id] = port;
        if (port is not null && node.LoopReturnPorts.Contains(port))
        {
            LoopResult = output;
        }
    }

    public string? TakenPort(string nodeId)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._ports.TryGetValue(nodeId, out var port))
            {
                return port;
            }
        }

        return null;
    }

    public bool IsActivated(CompiledNode node)
    {
        foreach (var connection in node.Incoming)
        {
            if (TakenPort(connection.FromNode) == connection.FromPort)
            {
                return true;
            }
        }

        return false;
    }
}
