using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Lookups;

namespace FlowStudio.Web.Components.Designer.Properties;

/// <summary>What every editor of one node's properties shares: the node, its type, the data it may read and the engine to preview with.</summary>
public sealed class PropertiesContext
{
    public required FlowDefinition Flow { get; init; }

    public required FlowNode Node { get; init; }

    public required NodeTypeDescriptor NodeType { get; init; }

    public required INodeCatalog Catalog { get; init; }

    public required ExpressionEngine Engine { get; init; }

    public required bool ReadOnly { get; init; }

    /// <summary>Trigger, for-each item, upstream steps and variables, with samples or skeletons.</summary>
    public required IReadOnlyList<DataSource> Sources { get; init; }

    /// <summary>Real sample data only (no skeletons): what a preview evaluates against.</summary>
    public required ExpressionScope PreviewScope { get; init; }

    /// <summary>Every path of every source, for completion.</summary>
    public required IReadOnlyList<SamplePath> Paths { get; init; }

    public ILookupTableProvider Lookups => PreviewScope.Lookups;

    public ConnectorOperationDescriptor? SelectedOperation =>
        NodeType.ConfigFields.FirstOrDefault(f => f.FieldType == ConfigFieldType.ConnectorOperation) is { } operationField
        && NodeConfig.GetString(Node.Config, operationField.Key) is { } key
            ? Catalog.FindOperation(key)
            : null;

    /// <summary>True when the sample behind an expression's references is real (not a skeleton).</summary>
    public bool HasSampleFor(ExpressionReference reference) => reference.Root switch
    {
        ReferenceRoot.Trigger => PreviewScope.Trigger is not null,
        ReferenceRoot.Item => PreviewScope.Item is not null,
        ReferenceRoot.Steps => PreviewScope.Steps.ContainsKey(reference.Segments[0]),
        _ => PreviewScope.Vars.ContainsKey(reference.Segments[0]),
    };

    internal static JsonElement? FirstItem(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array when array.GetArrayLength() > 0 => array[0],
        IReadOnlyList<object?> { Count: > 0 } list => ExpressionValues.ToJsonNode(list[0]) is { } node ? JsonSerializer.SerializeToElement(node) : null,
        _ => null,
    };
}
