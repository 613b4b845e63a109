using System.Text.Json;

namespace FlowStudio.Web.Components.Pages.Sandboxes;

/// <summary>Reads the <c>message</c> of a hook's JSON answer (FlowStudio's <c>{"message":"Duplicate: …"}</c>); null for anything else.</summary>
public static class HookAnswerText
{
    public static string? From(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                ? message.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
