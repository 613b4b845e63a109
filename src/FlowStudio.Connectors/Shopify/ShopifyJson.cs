using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowStudio.Connectors.Shopify;

public static class ShopifyJson
{
    /// <summary>Reads Shopify's money strings ("199.00") straight into decimals.</summary>
    public static JsonSerializerOptions Read { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>Writes flow outputs and request bodies: snake_case, decimals as JSON numbers.</summary>
    public static JsonSerializerOptions Write { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
