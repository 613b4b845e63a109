using System.Text.Json;

namespace FlowStudio.Web.Components.Pages.Admin.Inbox;

/// <summary>
/// An inbox entry's kept headers as name/value pairs for display. The inbox never keeps signatures or secrets, but a
/// header that looks like one (a sender's custom auth header, an old row) is masked rather than trusted to be absent.
/// </summary>
public static class InboxHeaders
{
    public const string Mask = "•••••• (hidden)";

    private static readonly string[] SecretWords = ["secret", "signature", "token", "authorization", "password", "api-key", "apikey", "hmac", "cookie", "credential"];

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? headersJson)
    {
        if (string.IsNullOrWhiteSpace(headersJson))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(headersJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            return [.. document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, string>(
                p.Name, LooksSecret(p.Name) ? Mask : p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText()))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static bool LooksSecret(string name) =>
        SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
