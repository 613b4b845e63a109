using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Core.Catalog;
using Microsoft.AspNetCore.Components;

namespace FlowStudio.Web.Components.Designer.Properties;

public partial class FieldMappingEditor
{
    private List<MappingRow> rows = [];
    private string? lastSeen;
    private string? lastPublished;

    /// <summary>The stored mapping: a JSON object of target → expression text.</summary>
    [Parameter] public JsonElement? Value { get; set; }

    /// <summary>Receives the new mapping object (targets with an empty expression are left out).</summary>
    [Parameter] public EventCallback<JsonObject> ValueChanged { get; set; }

    /// <summary>The operation's input fields; null for a free list of targets.</summary>
    [Parameter] public IReadOnlyList<ConfigFieldDescriptor>? Targets { get; set; }

    [Parameter] public string TargetLabel { get; set; } = "Target field";

    [Parameter] public bool ReadOnly { get; set; }

    // A re-render may bring the previous value (the parent has not applied our change yet) or our own change
    // back; only a value that is new from outside (undo, another node) replaces the rows being edited.
    protected override void OnParametersSet()
    {
        var incoming = Value?.GetRawText();
        if (incoming == lastSeen && rows.Count > 0)
        {
            return;
        }

        lastSeen = incoming;
        if (incoming is not null && incoming == lastPublished)
        {
            return;
        }

        rows = Value is { ValueKind: JsonValueKind.Object } mapping
            ? [.. mapping.EnumerateObject().Select(p => new MappingRow(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText()))]
            : [];
    }

    internal static string TypeName(ConfigFieldType type) => type switch
    {
        ConfigFieldType.Number => "number",
        ConfigFieldType.Boolean => "true/false",
        ConfigFieldType.Select => "choice",
        ConfigFieldType.FieldMapping => "object",
        ConfigFieldType.Duration => "duration",
        _ => "text",
    };

    private string? ExpressionFor(string target) => rows.FirstOrDefault(r => r.Name == target)?.Expression;

    private string? NameProblem(MappingRow row) =>
        string.IsNullOrWhiteSpace(row.Name) ? "Name the target field."
        : rows.Count(r => r.Name == row.Name) > 1 ? "This target is mapped twice."
        : null;

    private Task SetAsync(string target, string expression)
    {
        if (rows.FirstOrDefault(r => r.Name == target) is { } row)
        {
            row.Expression = expression;
        }
        else
        {
            rows.Add(new MappingRow(target, expression));
        }

        return PublishAsync();
    }

    private Task SetRowAsync(MappingRow row, string expression)
    {
        row.Expression = expression;
        return PublishAsync();
    }

    private Task RenameAsync(MappingRow row, string name)
    {
        row.Name = name?.Trim() ?? string.Empty;
        return PublishAsync();
    }

    private Task RemoveAsync(MappingRow row)
    {
        rows.Remove(row);
        return PublishAsync();
    }

    private void Add() => rows.Add(new MappingRow(string.Empty, string.Empty));

    // Rows without a name or expression, and duplicate names, stay on screen but are not saved.
    private async Task PublishAsync()
    {
        var mapping = new JsonObject();
        foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.Name) && !string.IsNullOrWhiteSpace(r.Expression)))
        {
            mapping[row.Name] ??= row.Expression;
        }

        lastPublished = JsonSerializer.SerializeToElement(mapping).GetRawText();
        await ValueChanged.InvokeAsync(mapping);
    }

    private sealed class MappingRow(string name, string expression)
    {
        public string Name { get; set; } = name;

        public string Expression { get; set; } = expression;
    }
}
