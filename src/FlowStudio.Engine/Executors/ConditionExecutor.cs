using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>Takes the true or false port; the output is the boolean.</summary>
public sealed class ConditionExecutor : INodeExecutor
{
    private const string Field = "condition";

    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expression = context.GetPlan(static (node, expressions) =>
            expressions.Parse(NodeConfig.GetString(node.Config, Field) ?? string.Empty, new ExpressionSite(node.Id, Field)));
        if (context.Evaluate(expression, Field) is not bool value)
        {
            return ValueTask.FromResult(NodeResult.Fail(StepError.Permanent($"Node '{context.Node.DisplayName}': the condition must give true or false.", "condition.notBoolean")));
        }

        return ValueTask.FromResult(NodeResult.Next(value ? Booleans.True : Booleans.False, value ? PortNames.True : PortNames.False));
    }
}
