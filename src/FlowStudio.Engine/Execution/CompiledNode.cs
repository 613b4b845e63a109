using FlowStudio.Core.Flows;

namespace FlowStudio.Engine.Execution;

/// <summary>A node with what the interpreter needs at hand, worked out once per flow definition.</summary>
internal sealed class CompiledNode(FlowNode node, IReadOnlyList<FlowConnection> incoming, bool hasErrorRoute, IReadOnlySet<string> loopReturnPorts)
{
    private object? _plan;

    public FlowNode Node => node;

    public string Id => node.Id;

    /// <summary>Connections into this node, loop returns left out.</summary>
    public IReadOnlyList<FlowConnection> Incoming => incoming;

    public bool HasErrorRoute => hasErrorRoute;

    /// <summary>Output ports connected to the loop port of the for-each this node belongs to.</summary>
    public IReadOnlySet<string> LoopReturnPorts => loopReturnPorts;

    /// <summary>An executor's parsed config, built on first use; a benign race may build it twice.</summary>
    public T GetPlan<T>(Func<T> build)
        where T : class
    {
        if (Volatile.Read(ref _plan) is T plan)
        {
            return plan;
        }

        plan = build();
        Volatile.Write(ref _plan, plan);
        return plan;
    }
}
