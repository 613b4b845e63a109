namespace FlowStudio.Connectors.Shopify.Models;

public sealed record ShopifyCustomer(long Id, string? Email, string? FirstName, string? LastName, int? OrdersCount, decimal? TotalSpent, string? Currency, DateTimeOffset? CreatedAt, ShopifyAddress? DefaultAddress);
