using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Web.Components.Designer.Properties;

/// <summary>
/// A stand-in sample built from an operation's declared output, for steps that have not run yet: each field
/// holds a placeholder of its type, so the data picker can still offer every path. A list shape is one record in a
/// list, inside its list property beside the other list fields when the operation declares one.
/// </summary>
public static class OutputSkeleton
{
    public static JsonElement From(ConnectorOutputShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var record = new JsonObject();
        foreach (var field in shape.Fields)
        {
            record[field.Name] = Placeholder(field.Type);
        }

        JsonNode root = shape.IsList ? new JsonArray(record) : record;
        if (shape is { IsList: true, ListProperty: { } property })
        {
            var list = new JsonObject { [property] = root };
            foreach (var field in shape.ListFields)
            {
                list[field.Name] = Placeholder(field.Type);
            }

            root = list;
        }

        return JsonSerializer.SerializeToElement(root);
    }

    private static JsonNode? Placeholder(string type) => type.ToLowerInvariant() switch
    {
        "number" or "decimal" => JsonValue.Create(0m),
        "boolean" => JsonValue.Create(false),
        "date" => JsonValue.Create("yyyy-mm-dd"),
        "datetime" => JsonValue.Create("yyyy-mm-ddThh:mm:ssZ"),
        "list" => new JsonArray(),
        "object" => new JsonObject(),
        _ => JsonValue.Create(string.Empty),
    };
}
