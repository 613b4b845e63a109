using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Core.Catalog;
using Microsoft.AspNetCore.Components;

namespace FlowStudio.Web.Components.Designer.Properties;

public partial class ConfigFieldEditor
{
    [CascadingParameter] private PropertiesContext? Context { get; set; }

    [Parameter, EditorRequired] public required ConfigFieldDescriptor Field { get; set; }

    /// <summary>The stored value; null when the field is not set.</summary>
    [Parameter] public JsonElement? Value { get; set; }

    /// <summary>Receives the new value; null clears the field.</summary>
    [Parameter] public EventCallback<JsonNode?> ValueChanged { get; set; }

    /// <summary>Required now (always, or because of another field's value).</summary>
    [Parameter] public bool EffectiveRequired { get; set; }

    /// <summary>Required and empty: shown as an error.</summary>
    [Parameter] public bool Missing { get; set; }

    [Parameter] public bool ReadOnly { get; set; }

    private string LabelText => EffectiveRequired ? $"{Field.Label} *" : Field.Label;

    private string? MissingText => Missing ? $"{Field.Label} is required." : null;

    private string InputId => $"field-{Field.Key}";

    private string? StringValue => Value is { ValueKind: JsonValueKind.String } s ? s.GetString()
        : Value is { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } other ? other.GetRawText()
        : null;

    private decimal? NumberValue => Value is { ValueKind: JsonValueKind.Number } n && n.TryGetDecimal(out var d) ? d
        : Value is { ValueKind: JsonValueKind.String } s && decimal.TryParse(s.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    private bool BoolValue => Value switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => string.Equals(Field.DefaultValue, "true", StringComparison.OrdinalIgnoreCase),
    };

    private bool HasOperationField => Context?.NodeType.ConfigFields.Any(f => f.FieldType == ConfigFieldType.ConnectorOperation) == true;

    /// <summary>The selected operation's inputs, when this node type picks an operation; null for a free list.</summary>
    private IReadOnlyList<ConfigFieldDescriptor>? MappingTargets => HasOperationField && Context?.SelectedOperation is { } operation
        ? operation.Inputs
        : null;

    private static JsonValue? Text(string? value) => string.IsNullOrEmpty(value) ? null : JsonValue.Create(value);

    private Task ChangeAsync(JsonNode? value) => ValueChanged.InvokeAsync(value);
}
