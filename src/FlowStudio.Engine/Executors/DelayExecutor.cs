using System.Globalization;
using System.Text.Json;
using System.Xml;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Executors;

/// <summary>
/// Parks the run on a delay bookmark and asks for a resume at the due time; on that resume the
/// step completes with <c>{ "resumedAt" }</c>. A due time already past continues at once.
/// </summary>
public sealed class DelayExecutor : INodeExecutor
{
    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Bookmark is { } bookmark)
        {
            return ValueTask.FromResult(bookmark.Resolution is not null || bookmark.Wait.DueAt <= context.Now
                ? Resumed(context)
                : NodeResult.Park(bookmark.Wait, bookmark.Wait.DueAt));
        }

        var due = DueAt(context);
        var input = JsonValues.ToElement(due.ToString("O", CultureInfo.InvariantCulture));
        return ValueTask.FromResult(due <= context.Now
            ? Resumed(context)
            : NodeResult.Park(new DelayBookmark { DueAt = due }, due, input));
    }

    private static NodeResult Resumed(NodeContext context) =>
        NodeResult.Next(JsonValues.Build(context.Now, static (writer, now) =>
        {
            writer.WriteStartObject();
            writer.WriteString("resumedAt", now);
            writer.WriteEndObject();
        }));

    private static DateTimeOffset DueAt(NodeContext context)
    {
        var config = context.Node.Config;
        if (NodeConfig.GetString(config, "mode") == "until")
        {
            var until = NodeConfig.GetString(config, "until") ?? throw new InvalidOperationException("The delay has no 'until' time.");
            var value = context.Evaluate(context.GetPlan((node, expressions) => expressions.Parse(until, new ExpressionSite(node.Id, "until"))), "until");
            return value switch
            {
                DateOnly date => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
                JsonElement { ValueKind: JsonValueKind.String } element when element.TryGetDateTimeOffset(out var at) => at,
                _ => throw new InvalidOperationException($"'until' must give a date or timestamp, not {ExpressionValues.ToText(value)}."),
            };
        }

        var duration = NodeConfig.GetString(config, "duration") ?? throw new InvalidOperationException("The delay has no duration.");
        return context.Now + XmlConvert.ToTimeSpan(duration);
    }
}
