namespace FlowStudio.Connectors.Shopify.Models;

public sealed record ShopifyOrderCustomer(long Id, string? Email, string? FirstName, string? LastName);
