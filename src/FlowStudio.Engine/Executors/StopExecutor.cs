using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Executors;

/// <summary>Ends the whole run successfully, also from inside a for-each branch.</summary>
public sealed class StopExecutor : INodeExecutor
{
    public ValueTask<NodeResult> ExecuteAsync(NodeContext context) => ValueTask.FromResult(NodeResult.Halt());
}
