using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Executors;

/// <summary>
/// Output <c>{ "name", "value" }</c>; the interpreter stores the value as <c>[vars.name]</c>, also
/// when it replays the step on resume. Inside a for-each branch the variable belongs to the item.
/// </summary>
public sealed class SetVariableExecutor : INodeExecutor
{
    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (name, value) = context.GetPlan(static (node, expressions) => new Plan(
            NodeConfig.GetString(node.Config, "name") ?? throw new InvalidOperationException("The variable has no name."),
            expressions.Parse(NodeConfig.GetString(node.Config, "value") ?? "null", new ExpressionSite(node.Id, "value"))));
        var result = context.Evaluate(value, "value");
        var output = JsonValues.Build((name, result), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("name", state.name);
            writer.WritePropertyName("value");
            JsonValues.Write(writer, state.result);
            writer.WriteEndObject();
        });
        return ValueTask.FromResult(NodeResult.Next(output));
    }

    private sealed record Plan(string Name, ParsedExpression Value);
}
