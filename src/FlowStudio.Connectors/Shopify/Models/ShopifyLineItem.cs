namespace FlowStudio.Connectors.Shopify.Models;

public sealed record ShopifyLineItem(long Id, long? ProductId, long? VariantId, string? Title, string? Sku, int Quantity, decimal Price, IReadOnlyList<ShopifyTaxLine>? TaxLines);
