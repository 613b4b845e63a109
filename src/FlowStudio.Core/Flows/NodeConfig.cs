using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowStudio.Core.Flows;

/// <summary>Helpers to build and read node config objects.</summary>
public static class NodeConfig
{
    public static JsonElement Empty { get; } = JsonDocument.Parse("{}").RootElement.Clone();

    public static JsonElement From(JsonObject config) => JsonSerializer.SerializeToElement(config);

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent or JSON null.</summary>
    public static JsonElement? Get(JsonElement config, string key) =>
        config.ValueKind == JsonValueKind.Object
        && config.TryGetProperty(key, out var value)
        && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? GetString(JsonElement config, string key) =>
        Get(config, key) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>True when the key holds something a person would call "filled in".</summary>
    public static bool HasValue(JsonElement config, string key) => Get(config, key) switch
    {
        null => false,
        { ValueKind: JsonValueKind.String } s => !string.IsNullOrWhiteSpace(s.GetString()),
        { ValueKind: JsonValueKind.Array } a => a.GetArrayLength() > 0,
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Any(),
        _ => true,
    };
}
