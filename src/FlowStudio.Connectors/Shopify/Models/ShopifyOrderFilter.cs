namespace FlowStudio.Connectors.Shopify.Models;

/// <summary>Order list filters; <see cref="Status"/> is open, closed, cancelled or any.</summary>
public sealed record ShopifyOrderFilter(string Status = "any", string? FinancialStatus = null, string? FulfillmentStatus = null, DateTimeOffset? UpdatedAtMin = null);
