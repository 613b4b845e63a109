using System.Text;
using System.Text.Json;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// Keeps stored step outputs under <see cref="EngineOptions.MaxStepOutputBytes"/>. A larger output
/// is stored as <c>{ "$truncated": true, "bytes": n, "preview": "…" }</c>; later steps of the same
/// pass still see the whole output, a resumed run sees the marker.
/// </summary>
public static class OutputCap
{
    public const string MarkerProperty = "$truncated";

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

        var marker = JsonValues.Build((bytes, preview), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean(MarkerProperty, true);
            writer.WriteNumber("bytes", state.bytes);
            writer.WriteString("preview", state.preview);
            writer.WriteEndObject();
        });
        return (marker, true);
    }
}
