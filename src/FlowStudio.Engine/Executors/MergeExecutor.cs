using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Executors;

/// <summary>
/// Joins branches. It runs once, after every branch before it has run or been skipped; the output
/// is <c>{ "&lt;node id&gt;": output }</c> for each branch that actually led here.
/// </summary>
public sealed class MergeExecutor : INodeExecutor
{
    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = JsonValues.Build(context.ActiveSources(), static (writer, sources) =>
        {
            writer.WriteStartObject();
            foreach (var (nodeId, value) in sources)
            {
                writer.WritePropertyName(nodeId);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        });
        return ValueTask.FromResult(NodeResult.Next(output));
    }
}
