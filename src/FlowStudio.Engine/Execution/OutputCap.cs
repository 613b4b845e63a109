using System.Text;
using System.Text.Json;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// Keeps stored step outputs under <see cref="EngineOptions.MaxStepOutputBytes"/>. A larger output
/// is stored as <c>{ "$truncated": true, "bytes": n, "preview": "…" }</c>; later steps of the same
/// pass still see the whole output, a resumed run sees the marker. When the output is an object, its small
/// top-level fields (up to <see cref="KeptFieldBytes"/> each, e.g. a list's <c>count</c>, <c>has_more</c> and
/// <c>stream</c> handle) are kept in the marker, so references to them still work after a resume.
/// </summary>
public static class OutputCap
{
    public const string MarkerProperty = "$truncated";

    /// <summary>Largest top-level field of a truncated object kept in its marker.</summary>
    public const int KeptFieldBytes = 2048;

    private static readonly HashSet<string> MarkerNames = [MarkerProperty, "bytes", "preview"];

    public static (JsonElement Stored, bool Truncated) Apply(JsonElement output, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bytes = JsonValues.ByteLength(output);
        if (bytes <= options.MaxStepOutputBytes)
        {
            return (output, false);
        }

        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(output);
        var preview = Encoding.UTF8.GetString(raw[..Math.Min(raw.Length, options.TruncatedPreviewChars * 4)]);
        if (preview.Length > options.TruncatedPreviewChars)
        {
            preview = preview[..options.TruncatedPreviewChars];
        }

        var marker = JsonValues.Build((bytes, preview, output, budget: options.MaxStepOutputBytes / 2), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean(MarkerProperty, true);
            writer.WriteNumber("bytes", state.bytes);
            writer.WriteString("preview", state.preview);
            if (state.output.ValueKind == JsonValueKind.Object)
            {
                var left = state.budget;
                foreach (var field in state.output.EnumerateObject())
                {
                    var size = JsonValues.ByteLength(field.Value) + field.Name.Length;
                    if (size <= KeptFieldBytes && size <= left && !MarkerNames.Contains(field.Name))
                    {
                        field.WriteTo(writer);
                        left -= size;
                    }
                }
            }

            writer.WriteEndObject();
        });
        return (marker, true);
    }
}
