using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowStudio.Core.Flows;

/// <summary>Reads and writes the versioned JSON format of <see cref="FlowDefinition"/>.</summary>
public static class FlowSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static string Serialize(FlowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return JsonSerializer.Serialize(definition, Options);
    }

    /// <exception cref="FlowFormatException">The text is not a readable flow document.</exception>
    public static FlowDefinition Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FlowFormatException($"Malformed JSON: {FirstSentence(ex.Message)}", ex.Path, ToOneBased(ex.LineNumber), ToOneBased(ex.BytePositionInLine), ex);
        }

        using (document)
        {
            CheckSchemaVersion(document.RootElement);
            FlowDefinition? definition;
            try
            {
                definition = document.RootElement.Deserialize<FlowDefinition>(Options);
            }
            catch (JsonException ex)
            {
                throw new FlowFormatException(FirstSentence(ex.Message), ex.Path, null, null, ex);
            }

            if (definition is null)
            {
                throw new FlowFormatException("The document is null.", "$", null, null);
            }

            CheckStructure(definition);
            return definition;
        }
    }

    private static void CheckSchemaVersion(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FlowFormatException($"A flow document must be a JSON object, not {root.ValueKind}.", "$", null, null);
        }

        if (!root.TryGetProperty("schemaVersion", out var version))
        {
            throw new FlowFormatException("The 'schemaVersion' property is missing.", "$", null, null);
        }

        if (!version.TryGetInt32(out var number) || number < 1)
        {
            throw new FlowFormatException($"'schemaVersion' must be a positive integer, not {version.GetRawText()}.", "$.schemaVersion", null, null);
        }

        if (number > FlowDefinition.CurrentSchemaVersion)
        {
            throw new FlowFormatException(
                $"schemaVersion {number} is newer than this version of FlowStudio understands ({FlowDefinition.CurrentSchemaVersion}).",
                "$.schemaVersion",
                null,
                null);
        }
    }

    private static void CheckStructure(FlowDefinition definition)
    {
        if (definition.Nodes.IsDefault)
        {
            throw new FlowFormatException("'nodes' must be an array.", "$.nodes", null, null);
        }

        if (definition.Connections.IsDefault)
        {
            throw new FlowFormatException("'connections' must be an array.", "$.connections", null, null);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Nodes.Length; i++)
        {
            var node = definition.Nodes[i];
            if (node is null)
            {
                throw new FlowFormatException("A node cannot be null.", $"$.nodes[{i}]", null, null);
            }

            if (string.IsNullOrWhiteSpace(node.Id))
            {
                throw new FlowFormatException("A node id cannot be empty.", $"$.nodes[{i}].id", null, null);
            }

            if (!seen.TryAdd(node.Id, i))
            {
                throw new FlowFormatException($"Duplicate node id '{node.Id}' (first used by $.nodes[{seen[node.Id]}]).", $"$.nodes[{i}].id", null, null);
            }

            if (node.Config.ValueKind != JsonValueKind.Object)
            {
                throw new FlowFormatException($"Node '{node.Id}' config must be a JSON object, not {node.Config.ValueKind}.", $"$.nodes[{i}].config", null, null);
            }
        }

        for (var i = 0; i < definition.Connections.Length; i++)
        {
            if (definition.Connections[i] is null)
            {
                throw new FlowFormatException("A connection cannot be null.", $"$.connections[{i}]", null, null);
            }
        }
    }

    private static long? ToOneBased(long? value) => value + 1;

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends its own zero-based position; ours (one-based) is added by FlowFormatException.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position > 0 && (cut < 0 || position < cut))
        {
            cut = position;
        }

        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
