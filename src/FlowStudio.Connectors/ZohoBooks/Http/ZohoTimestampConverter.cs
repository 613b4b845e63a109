using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowStudio.Connectors.ZohoBooks.Http;

/// <summary>Zoho writes offsets without a colon (<c>2013-08-05T12:06:10+0530</c>), which System.Text.Json rejects; empty means null.</summary>
public sealed class ZohoTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > 5 && text[^5] is '+' or '-' && text[^3] != ':')
        {
            text = text[..^2] + ":" + text[^2..];
        }

        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a Zoho timestamp.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is not { } timestamp)
        {
            writer.WriteNullValue();
            return;
        }

        var offset = timestamp.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal);
        writer.WriteStringValue(timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + offset);
    }
}
