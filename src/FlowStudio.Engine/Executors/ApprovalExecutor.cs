using System.Xml;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>
/// Parks the run on an approval bookmark for the approver role. A resolution continues at its
/// outcome (approved or rejected); past the timeout an unresolved wait continues at timedOut.
/// </summary>
public sealed class ApprovalExecutor : INodeExecutor
{
    private static readonly HashSet<string> Outcomes = [PortNames.Approved, PortNames.Rejected, PortNames.TimedOut];

    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Bookmark is { } bookmark)
        {
            return ValueTask.FromResult(bookmark switch
            {
                { Resolution: { } resolution } when !Outcomes.Contains(resolution.Outcome) =>
                    NodeResult.Fail(StepError.Permanent($"'{resolution.Outcome}' is not an approval outcome; use approved, rejected or timedOut.", "approval.outcome")),
                { Resolution: { } resolution } => NodeResult.Next(Output(resolution), resolution.Outcome),
                _ when bookmark.Wait.DueAt <= context.Now => NodeResult.Next(Output(new BookmarkResolution(PortNames.TimedOut, context.Now)), PortNames.TimedOut),
                _ => NodeResult.Park(bookmark.Wait, bookmark.Wait.DueAt),
            });
        }

        var config = context.Node.Config;
        var role = NodeConfig.GetString(config, "approverRole") ?? "Reviewer";
        var message = NodeConfig.GetString(config, "message") is { } text ? context.Render(text, "message") : null;
        DateTimeOffset? due = NodeConfig.GetString(config, "timeout") is { } timeout ? context.Now + XmlConvert.ToTimeSpan(timeout) : null;
        var input = JsonValues.Build((role, message), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("approverRole", state.role);
            writer.WriteString("message", state.message);
            writer.WriteEndObject();
        });
        return ValueTask.FromResult(NodeResult.Park(new ApprovalBookmark(role, message) { DueAt = due }, due, input));
    }

    private static System.Text.Json.JsonElement Output(BookmarkResolution resolution) =>
        JsonValues.Build(resolution, static (writer, r) =>
        {
            writer.WriteStartObject();
            writer.WriteString("outcome", r.Outcome);
            writer.WriteString("by", r.ResolvedBy);
            writer.WriteString("comment", r.Comment);
            writer.WriteString("at", r.ResolvedAt);
            writer.WritePropertyName("data");
            (r.Data ?? JsonValues.Null).WriteTo(writer);
            writer.WriteEndObject();
        });
}
