using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Shopify;

public sealed class ShopifyOptions : ConnectorHttpOptions
{
    public const string SectionName = "Connectors:Shopify";

    /// <summary>Shopify's maximum <c>limit</c>.</summary>
    public int PageSize { get; set; } = 250;

    /// <summary>The REST bucket: 40 calls, leaking 2 per second (Shopify Plus shops have 80 and 4).</summary>
    public int BucketSize { get; set; } = 40;

    public int LeakPerSecond { get; set; } = 2;
}
