using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Executors;

/// <summary>
/// Manual, webhook, schedule and poll triggers: how the payload arrives differs (Infrastructure),
/// but in a run each one just hands the trigger payload on as its output.
/// </summary>
public sealed class TriggerExecutor : INodeExecutor
{
    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(NodeResult.Next(context.Trigger));
    }
}
