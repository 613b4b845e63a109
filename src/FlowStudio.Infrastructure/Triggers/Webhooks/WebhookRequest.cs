namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>
/// A delivery as received: the exact body bytes (signatures are computed over them), the headers, and the
/// method and full URI (HubSpot v3 signs both).
/// </summary>
public sealed record WebhookRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    public string? ContentType => Header("Content-Type");

    /// <summary>The header's value, matched ignoring case; null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value)
        ? value
        : Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
