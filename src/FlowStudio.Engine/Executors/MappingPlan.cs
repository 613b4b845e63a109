using System.Text.Json;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Executors;

/// <summary>
/// A parsed field mapping (target field → expression); a dotted target such as
/// <c>customer.name</c> builds nested objects. A non-text value is copied as a constant.
/// </summary>
internal sealed class MappingPlan
{
    private readonly List<Entry> _entries = [];

    private MappingPlan()
    {
    }

    public static MappingPlan Empty { get; } = new();

    public bool IsEmpty => _entries.Count == 0;

    public static MappingPlan From(FlowNode node, string fieldKey, ExpressionEngine expressions)
    {
        if (NodeConfig.Get(node.Config, fieldKey) is not { ValueKind: JsonValueKind.Object } mappings)
        {
            return Empty;
        }

        var plan = new MappingPlan();
        foreach (var mapping in mappings.EnumerateObject())
        {
            var entryField = $"{fieldKey}.{mapping.Name}";
            var path = mapping.Name.Split('.', StringSplitOptions.TrimEntries);
            var target = plan._entries;
            for (var i = 0; i < path.Length - 1; i++)
            {
                var group = target.Find(e => e.Name == path[i] && e.Children is not null);
                if (group is null)
                {
                    group = new Entry(path[i], entryField, null, null, []);
                    target.Add(group);
                }

                target = group.Children!;
            }

            target.Add(mapping.Value.ValueKind == JsonValueKind.String
                ? new Entry(path[^1], entryField, expressions.Parse(mapping.Value.GetString()!, new ExpressionSite(node.Id, entryField)), null, null)
                : new Entry(path[^1], entryField, null, mapping.Value.Clone(), null));
        }

        return plan;
    }

    public JsonElement Evaluate(NodeContext context) => JsonValues.Build((this, context), static (writer, state) =>
        WriteObject(writer, state.Item1._entries, state.context));

    /// <summary>Each mapping's value as text (headers).</summary>
    public Dictionary<string, string> EvaluateText(NodeContext context)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in _entries)
        {
            var value = entry.Expression is { } expression ? context.Evaluate(expression, entry.Field) : entry.Constant;
            values[entry.Name] = ExpressionValues.ToText(value);
        }

        return values;
    }

    private static void WriteObject(Utf8JsonWriter writer, List<Entry> entries, NodeContext context)
    {
        writer.WriteStartObject();
        foreach (var entry in entries)
        {
            writer.WritePropertyName(entry.Name);
            if (entry.Children is { } children)
            {
                WriteObject(writer, children, context);
            }
            else if (entry.Expression is { } expression)
            {
                JsonValues.Write(writer, context.Evaluate(expression, entry.Field));
            }
            else
            {
                entry.Constant!.Value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private sealed record Entry(string Name, string Field, ParsedExpression? Expression, JsonElement? Constant, List<Entry>? Children);
}
