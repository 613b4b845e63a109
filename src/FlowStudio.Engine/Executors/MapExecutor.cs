using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Executors;

/// <summary>Builds an object from the <c>mappings</c> field mapping.</summary>
public sealed class MapExecutor : INodeExecutor
{
    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.GetPlan(static (node, expressions) => MappingPlan.From(node, "mappings", expressions));
        return ValueTask.FromResult(NodeResult.Next(plan.Evaluate(context)));
    }
}
