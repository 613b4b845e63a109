using System.Net.Http.Headers;
using System.Text.Json;

namespace FlowStudio.Connectors.Stripe;

/// <summary>Reads Stripe's <c>{"error":{"type","code","message","param","decline_code"}}</c> into a <see cref="StripeException"/>.</summary>
public static class StripeErrorReader
{
    public static StripeException Read(int status, string body, RetryConditionHeaderValue? retryAfter)
    {
        string? type = null, code = null, message = null, param = null, decline = null;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                type = Text(error, "type");
                code = Text(error, "code");
                message = Text(error, "message");
                param = Text(error, "param");
                decline = Text(error, "decline_code");
            }
        }
        catch (JsonException)
        {
            // Not Stripe's envelope (a proxy's HTML page): the status alone decides.
        }

        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return new StripeException(message ?? $"Stripe answered HTTP {status}.", status, type, code, param, decline, wait);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
