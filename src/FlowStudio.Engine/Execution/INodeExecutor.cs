namespace FlowStudio.Engine.Execution;

/// <summary>
/// Runs one node type. Executors are stateless singletons: everything about the step is in the
/// context. Expected failures are returned as <see cref="NodeResult.Fail"/>; an exception also fails
/// the step, as a permanent error.
/// </summary>
public interface INodeExecutor
{
    ValueTask<NodeResult> ExecuteAsync(NodeContext context);
}
