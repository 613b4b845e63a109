namespace FlowStudio.Connectors.Shopify.Models;

/// <summary>An order; money arrives as strings and is read as decimal.</summary>
public sealed record ShopifyOrder(
    long Id,
    string Name,
    long OrderNumber,
    string? Email,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    string Currency,
    string? FinancialStatus,
    string? FulfillmentStatus,
    string? Note,
    decimal SubtotalPrice,
    decimal TotalDiscounts,
    decimal TotalTax,
    decimal TotalPrice,
    ShopifyOrderCustomer? Customer,
    IReadOnlyList<ShopifyLineItem> LineItems,
    IReadOnlyList<ShopifyTaxLine>? TaxLines,
    ShopifyAddress? BillingAddress,
    ShopifyAddress? ShippingAddress,
    IReadOnlyList<ShopifyFulfillment>? Fulfillments);
