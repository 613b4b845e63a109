using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>
/// Copied nodes as text for the system clipboard, so they can be pasted into a flow in another tab, window or
/// FlowStudio server. The envelope names itself (<c>"flowstudio": "nodes"</c>) and its <c>version</c>; the nodes are
/// a fragment in the flow document format. Reading is strict: text that claims to be FlowStudio nodes but is not
/// readable, or holds unknown step types or loose connections, is refused with the reason and where.
/// </summary>
public static class ClipboardEnvelope
{
    public const string Marker = "nodes";
    public const int Version = 1;
    public const int MaxLength = 4 * 1024 * 1024;

    private static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web);

    public static string Write(ClipboardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var fragment = new FlowDefinition
        {
            Metadata = new FlowMetadata { Name = "clipboard" },
            Nodes = content.Nodes,
            Connections = content.Connections,
        };
        var envelope = new JsonObject
        {
            ["flowstudio"] = Marker,
            ["version"] = Version,
            ["copiedAt"] = content.CopiedAt,
            ["flow"] = JsonNode.Parse(FlowSerializer.Serialize(fragment)),
        };
        return envelope.ToJsonString(Compact);
    }

    /// <summary>True when the text says it is FlowStudio nodes (whether or not it then reads cleanly).</summary>
    public static bool Claims(string? text) =>
        text is not null && text.TrimStart().StartsWith('{') && text.Contains("\"flowstudio\"", StringComparison.Ordinal);

    /// <summary>Reads nodes written by <see cref="Write"/>; the error says what is wrong and where.</summary>
    public static (ClipboardContent? Content, string? Error) Read(string text, INodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        if (text.Length > MaxLength)
        {
            return Fail($"it is {text.Length:N0} characters long; at most {MaxLength:N0} are read.");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("flowstudio", out var marker) || marker.ValueKind != JsonValueKind.String || marker.GetString() != Marker)
            {
                return Fail($"$.flowstudio must be \"{Marker}\".");
            }

            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number))
            {
                return Fail("$.version is missing or not a whole number.");
            }

            if (number != Version)
            {
                return Fail($"$.version is {number}; this FlowStudio reads version {Version}. Copy the steps again from this server.");
            }

            if (!root.TryGetProperty("flow", out var flow) || flow.ValueKind != JsonValueKind.Object)
            {
                return Fail("$.flow is missing or not an object.");
            }

            var copiedAt = root.TryGetProperty("copiedAt", out var at) && at.TryGetDateTimeOffset(out var when) ? when : DateTimeOffset.MinValue;
            var fragment = FlowSerializer.Deserialize(flow.GetRawText());
            return Check(fragment, catalog) is { } problem
                ? Fail(problem)
                : (new ClipboardContent(fragment.Nodes, fragment.Connections) { CopiedAt = copiedAt }, null);
        }
        catch (JsonException ex)
        {
            return Fail($"it is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).");
        }
        catch (FlowFormatException ex)
        {
            return Fail($"in $.flow: {ex.Message}");
        }
    }

    private static string? Check(FlowDefinition fragment, INodeCatalog catalog)
    {
        if (fragment.Nodes.IsEmpty)
        {
            return "$.flow.nodes is empty.";
        }

        if (fragment.Nodes.Length > DesignerClipboardStore.MaxNodes)
        {
            return $"$.flow.nodes holds {fragment.Nodes.Length} steps; at most {DesignerClipboardStore.MaxNodes} can be pasted at once.";
        }

        for (var i = 0; i < fragment.Nodes.Length; i++)
        {
            if (catalog.Find(fragment.Nodes[i].Type) is null)
            {
                return $"$.flow.nodes[{i}] has the unknown step type '{fragment.Nodes[i].Type}'.";
            }
        }

        var ids = fragment.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < fragment.Connections.Length; i++)
        {
            var c = fragment.Connections[i];
            if (!ids.Contains(c.FromNode) || !ids.Contains(c.ToNode))
            {
                return $"$.flow.connections[{i}] ({c}) joins a step that is not in the copy.";
            }
        }

        return null;
    }

    private static (ClipboardContent?, string) Fail(string reason) =>
        (null, $"The clipboard holds FlowStudio steps that cannot be pasted: {reason} Nothing was changed.");
}
