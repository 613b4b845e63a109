using System.Text.Json;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>HubSpot's camelCase JSON (filterGroups, propertyName, createdAt).</summary>
public static class HubSpotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
