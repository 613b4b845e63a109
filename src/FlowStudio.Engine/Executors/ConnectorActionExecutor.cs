using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>Calls a connector operation with the mapped inputs and the step's idempotency key.</summary>
public sealed class ConnectorActionExecutor(IConnectorInvoker connectors) : INodeExecutor
{
    public async ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.GetPlan(static (node, expressions) => new Plan(
            NodeConfig.GetString(node.Config, "connection"),
            NodeConfig.GetString(node.Config, "operation"),
            MappingPlan.From(node, "inputs", expressions)));
        if (string.IsNullOrWhiteSpace(plan.Operation))
        {
            return NodeResult.Fail(StepError.Permanent($"Node '{context.Node.DisplayName}' has no operation.", "connector.operation"));
        }

        var input = plan.Inputs.Evaluate(context);
        var call = new ConnectorCall(context.RunId, context.Node.Id, plan.Connection, plan.Operation, input, context.IdempotencyKey, context.Attempt);
        var result = await connectors.InvokeAsync(call, context.CancellationToken).ConfigureAwait(false);
        return result.Failure is { } failure
            ? NodeResult.Fail(failure, input)
            : NodeResult.Next(result.Output ?? JsonValues.Null, input: input);
    }

    private sealed record Plan(string? Connection, string? Operation, MappingPlan Inputs);
}
