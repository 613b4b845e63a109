namespace FlowStudio.Connectors.Shopify.Models;

public sealed record ShopifyTaxLine(string? Title, decimal Price, decimal Rate);
