using System.Net.Http.Headers;
using System.Text.Json;

namespace FlowStudio.Connectors.Shopify;

/// <summary>Reads <c>{"errors":"Not Found"}</c> or <c>{"errors":{"note":["is too long"]}}</c> into a <see cref="ShopifyException"/>.</summary>
public static class ShopifyErrorReader
{
    public static ShopifyException Read(int status, string body, RetryConditionHeaderValue? retryAfter)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? text = null;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("errors", out var errors))
            {
                if (errors.ValueKind == JsonValueKind.String)
                {
                    text = errors.GetString();
                }
                else if (errors.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in errors.EnumerateObject())
                    {
                        fields[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(e => e.ToString())]
                            : [field.Value.ToString()];
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not Shopify's envelope: the status alone decides.
        }

        var message = text ?? (fields.Count > 0 ? string.Join("; ", fields.Select(f => $"{f.Key} {string.Join(", ", f.Value)}")) : $"Shopify answered HTTP {status}.");
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return new ShopifyException(message, status, wait, fields);
    }
}
