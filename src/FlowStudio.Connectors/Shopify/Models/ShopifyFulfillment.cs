namespace FlowStudio.Connectors.Shopify.Models;

public sealed record ShopifyFulfillment(long Id, string? Status, string? TrackingNumber);
