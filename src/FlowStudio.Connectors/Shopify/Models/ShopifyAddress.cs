namespace FlowStudio.Connectors.Shopify.Models;

public sealed record ShopifyAddress(string? FirstName, string? LastName, string? Company, string? Address1, string? Address2, string? City, string? ProvinceCode, string? CountryCode, string? Zip, string? Phone);
