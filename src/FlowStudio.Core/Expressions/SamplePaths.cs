using System.Text.Json;

namespace FlowStudio.Core.Expressions;

/// <summary>Lists the paths of sample data (trigger payloads, step outputs) for completion; lists are entered through item 0.</summary>
public static class SamplePaths
{
    private const int PreviewLength = 40;

    /// <param name="rootPath">The path of <paramref name="sample"/> itself, e.g. <c>trigger</c> or <c>steps.a.output</c>.</param>
    /// <param name="sample">The sample value.</param>
    /// <param name="maxDepth">Levels below the root to walk.</param>
    /// <param name="maxPaths">Stop after this many paths, so a huge sample cannot flood the list.</param>
    public static IReadOnlyList<SamplePath> Collect(string rootPath, JsonElement sample, int maxDepth = 6, int maxPaths = 500)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        var paths = new List<SamplePath>();
        Walk(rootPath, sample, 0);
        return paths;

        void Walk(string path, JsonElement value, int depth)
        {
            if (paths.Count >= maxPaths)
            {
                return;
            }

            paths.Add(new SamplePath(path, TypeOf(value), Preview(value)));
            if (depth >= maxDepth)
            {
                return;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject().Where(p => ReferenceSyntax.IsWritable(p.Name)))
                    {
                        Walk($"{path}.{property.Name}", property.Value, depth + 1);
                    }

                    break;
                case JsonValueKind.Array when value.GetArrayLength() > 0:
                    Walk($"{path}.0", value[0], depth + 1);
                    break;
            }
        }
    }

    public static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "empty",
    };

    private static string? Preview(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Shorten(value.GetString() ?? string.Empty),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        _ => null,
    };

    private static string Shorten(string text) => text.Length <= PreviewLength ? text : $"{text[..(PreviewLength - 1)]}…";
}
