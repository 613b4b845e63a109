using System.Text.Json;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>
/// Runs another flow through <see cref="ISubFlowRunner"/> with the mapped input. Waiting for completion parks the
/// run durably (no thread waits) until the child ends; its output becomes this step's output, its failure this
/// step's failure (routable through the error port). Without waiting, the output is the started child run.
/// </summary>
public sealed class CallSubFlowExecutor(ISubFlowRunner? runner) : INodeExecutor
{
    public async ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Bookmark is { } bookmark)
        {
            return Resume(context, bookmark);
        }

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

        var wait = NodeConfig.Get(config, "waitForCompletion") is not { ValueKind: JsonValueKind.False };
        var input = inputs.Evaluate(context);
        var outcome = await runner.RunAsync(new SubFlowCall(context.RunId, context.Node.Id, flowId, input, wait, context.IdempotencyKey), context.CancellationToken).ConfigureAwait(false);
        if (outcome.Failure is { } refused)
        {
            return NodeResult.Fail(refused, input);
        }

        var child = outcome.Child!;
        return (wait, child.Status) switch
        {
            (false, _) => NodeResult.Next(Started(child), input: input),
            (true, RunStatus.Succeeded) => NodeResult.Next(child.Output ?? JsonValues.Null, input: input),
            (true, RunStatus.Failed or RunStatus.Cancelled) => NodeResult.Fail(ChildFailed(child.RunId, child.Error ?? child.Status.ToString()), input),
            _ => NodeResult.Park(new WaitForEventBookmark(SubFlowResult.CompletedEvent, child.RunId.ToString()), null, input),
        };
    }

    private static NodeResult Resume(NodeContext context, BookmarkRecord bookmark) => bookmark.Resolution switch
    {
        null => NodeResult.Park(bookmark.Wait, null),
        { Outcome: SubFlowResult.Succeeded } done => NodeResult.Next(done.Data ?? JsonValues.Null),
        { } failed => NodeResult.Fail(ChildFailed(
            bookmark.Wait is WaitForEventBookmark awaited && Guid.TryParse(awaited.CorrelationKey, out var id) ? id : Guid.Empty,
            failed.Comment ?? failed.Outcome)),
    };

    private static StepError ChildFailed(Guid runId, string reason) =>
        StepError.Permanent($"Sub-flow run {runId} did not succeed: {reason}", "subflow.failed");

    private static JsonElement Started(SubFlowResult child) => JsonValues.Build(child, static (writer, c) =>
    {
        writer.WriteStartObject();
        writer.WriteString("runId", c.RunId);
        writer.WriteString("status", c.Status.ToString());
        writer.WriteEndObject();
    });
}
