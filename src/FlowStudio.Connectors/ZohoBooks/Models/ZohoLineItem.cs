namespace FlowStudio.Connectors.ZohoBooks.Models;

/// <summary>A line on any Zoho transaction, sent and received in the same shape.</summary>
public sealed record ZohoLineItem
{
    public string? LineItemId { get; init; }

    public string? ItemId { get; init; }

    public string? AccountId { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public decimal? Rate { get; init; }

    public decimal? Quantity { get; init; }

    public string? Unit { get; init; }

    public string? TaxId { get; init; }

    public string? TaxName { get; init; }

    public decimal? TaxPercentage { get; init; }

    public decimal? ItemTotal { get; init; }

    public int? ItemOrder { get; init; }
}
