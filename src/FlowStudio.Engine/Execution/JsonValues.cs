using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// Turns expression values (null, bool, decimal, string, DateOnly, JSON, lists) into JSON with
/// one writer pass: numbers are written from decimal, never through double.
/// </summary>
public static class JsonValues
{
    public static JsonElement Null { get; } = Parse("null");

    public static JsonElement EmptyObject { get; } = Parse("{}");

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    public static JsonElement ToElement(object? value) => value switch
    {
        null => Null,
        JsonElement element => element,
        _ => Build(value, static (writer, v) => Write(writer, v)),
    };

    /// <summary>Writes with <paramref name="write"/> and reads the result back as a self-contained element.</summary>
    public static JsonElement Build<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    public static JsonElement Parse(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>Size of the element's JSON text in UTF-8 bytes, without copying it.</summary>
    public static int ByteLength(JsonElement element) => JsonMarshal.GetRawUtf8Value(element).Length;
}
