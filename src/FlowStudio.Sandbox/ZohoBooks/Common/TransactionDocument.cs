namespace FlowStudio.Sandbox.ZohoBooks.Common;

/// <summary>Fields every line-item transaction shares; each subclass is its own table.</summary>
public abstract class TransactionDocument
{
    public long Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public long ContactId { get; set; }

    public string ContactName { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string? ReferenceNumber { get; set; }

    public string Status { get; set; } = "draft";

    public List<LineItem> LineItems { get; set; } = [];

    public List<CustomField> CustomFields { get; set; } = [];

    public bool IsInclusiveTax { get; set; }

    public decimal SubTotal { get; set; }

    public decimal TaxTotal { get; set; }

    public decimal Total { get; set; }

    public string? Notes { get; set; }

    public string CurrencyCode { get; set; } = "USD";

    public DateTimeOffset CreatedTime { get; set; }

    public DateTimeOffset LastModifiedTime { get; set; }
}
