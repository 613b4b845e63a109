using System.Text.Json;

namespace FlowStudio.Connectors.Stripe;

/// <summary>Stripe's snake_case JSON; numbers stay exact (amounts are integers of minor units).</summary>
public static class StripeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
    };
}
