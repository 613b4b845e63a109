using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>Runs another flow through <see cref="ISubFlowRunner"/> with the mapped input.</summary>
public sealed class CallSubFlowExecutor(ISubFlowRunner? runner) : INodeExecutor
{
    public async ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (runner is null)
        {
            return NodeResult.Fail(StepError.Permanent("Sub-flows are not available in this engine.", "subflow.unavailable"));
        }

        var config = context.Node.Config;
        var inputs = context.GetPlan(static (node, expressions) => MappingPlan.From(node, "input", expressions));
        var flowId = context.Render(NodeConfig.GetString(config, "flowId") ?? string.Empty, "flowId");
        if (string.IsNullOrWhiteSpace(flowId))
        {
            return NodeResult.Fail(StepError.Permanent($"Node '{context.Node.DisplayName}' names no flow to call.", "subflow.flowId"));
        }

        var wait = NodeConfig.Get(config, "waitForCompletion") is not { ValueKind: System.Text.Json.JsonValueKind.False };
        var input = inputs.Evaluate(context);
        var result = await runner.RunAsync(new SubFlowCall(context.RunId, context.Node.Id, flowId, input, wait, context.IdempotencyKey), context.CancellationToken).ConfigureAwait(false);
        return result.Failure is { } failure ? NodeResult.Fail(failure, input) : NodeResult.Next(result.Output ?? JsonValues.Null, input: input);
    }
}
