namespace FlowStudio.Sandbox.ZohoBooks.Common;

/// <summary>A line on any Zoho transaction; the same shape is read from requests, stored as JSON and written back.</summary>
public sealed class LineItem
{
    public string? LineItemId { get; set; }

    public string? ItemId { get; set; }

    public string? AccountId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public decimal? Rate { get; set; }

    public decimal? Quantity { get; set; }

    public string? Unit { get; set; }

    public string? TaxId { get; set; }

    public string? TaxName { get; set; }

    public decimal? TaxPercentage { get; set; }

    public decimal ItemTotal { get; set; }

    public int? ItemOrder { get; set; }
}
