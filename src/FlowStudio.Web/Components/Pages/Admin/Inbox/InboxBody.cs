using System.Text.Encodings.Web;
using System.Text.Json;

namespace FlowStudio.Web.Components.Pages.Admin.Inbox;

/// <summary>A stored body as a person reads it: JSON indented, anything else as it came.</summary>
public static class InboxBody
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var document = JsonDocument.Parse(body);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
