using FlowStudio.Core.Flows;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>Fails the run with the rendered message (never retried).</summary>
public sealed class FailExecutor : INodeExecutor
{
    public const string ErrorCode = "flow.fail";

    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Render(NodeConfig.GetString(context.Node.Config, "message") ?? "The flow failed.", "message");
        return ValueTask.FromResult(NodeResult.Fail(StepError.Permanent(message, ErrorCode)));
    }
}
