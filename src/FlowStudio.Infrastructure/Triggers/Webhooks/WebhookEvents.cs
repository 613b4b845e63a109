using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>
/// Splits a verified delivery into events and names each: Stripe's event <c>id</c>, Shopify's
/// <c>X-Shopify-Event-Id</c>, each HubSpot <c>eventId</c> (a batched array becomes one event per item), a
/// configured property for other senders, else a SHA-256 of the body.
/// </summary>
public static class WebhookEvents
{
    public static IReadOnlyList<WebhookEvent> Extract(WebhookSettings settings, WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Body;
        using var document = TryParse(body);
        var root = document?.RootElement;
        switch (settings.Scheme)
        {
            case WebhookScheme.Stripe:
                return [new(Text(root, "id") ?? Hash(body), Text(root, "type"), body)];
            case WebhookScheme.Shopify:
                return [new(request.Header("X-Shopify-Event-Id") ?? request.Header("X-Shopify-Webhook-Id") ?? Hash(body), request.Header("X-Shopify-Topic"), body)];
            case WebhookScheme.HubSpot when root is { ValueKind: JsonValueKind.Array } items:
                return [.. items.EnumerateArray().Select(item =>
                {
                    var bytes = Encoding.UTF8.GetBytes(item.GetRawText());
                    return new WebhookEvent(Text(item, "eventId") ?? Hash(bytes), Text(item, "subscriptionType"), bytes);
                })];
            case WebhookScheme.HubSpot:
                return [new(Text(root, "eventId") ?? Hash(body), Text(root, "subscriptionType"), body)];
            default:
                var id = settings.EventIdPath is { } path ? Text(root, path) : null;
                return [new(id ?? Hash(body), Text(root, "type"), body)];
        }
    }

    /// <summary>The run input for an event: its JSON as sent, or <c>{"raw": "…"}</c> for a body that is not JSON.</summary>
    public static string TriggerJson(ReadOnlyMemory<byte> body)
    {
        using var document = TryParse(body);
        return document is null
            ? JsonSerializer.Serialize(new { raw = Encoding.UTF8.GetString(body.Span) })
            : Encoding.UTF8.GetString(body.Span);
    }

    public static string Hash(ReadOnlyMemory<byte> body) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body.Span));

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string or number at a dotted path of an object, as text.</summary>
    private static string? Text(JsonElement? element, string path)
    {
        var current = element;
        foreach (var name in path.Split('.'))
        {
            if (current is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(name, out var next))
            {
                return null;
            }

            current = next;
        }

        return current switch
        {
            { ValueKind: JsonValueKind.String } s when s.GetString() is { Length: > 0 and <= 300 } text => text,
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            _ => null,
        };
    }
}
