namespace FlowStudio.Connectors.ZohoBooks.Models;

/// <summary>AR aging by due date as of <see cref="AsOfDate"/>; bucket keys as Zoho names them (current, days_1-15, …, above_45).</summary>
public sealed record ZohoArAgingSummary(
    DateOnly AsOfDate,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ZohoArAgingCustomer> Customers,
    IReadOnlyDictionary<string, decimal> Totals);

public sealed record ZohoArAgingCustomer(
    string CustomerId,
    string CustomerName,
    IReadOnlyDictionary<string, decimal> Buckets,
    decimal Total,
    string? CurrencyCode);

public sealed record ZohoArAgingDetail
{
    public required string InvoiceId { get; init; }

    public string? InvoiceNumber { get; init; }

    public required string CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? DueDate { get; init; }

    public int DaysOverdue { get; init; }

    public string? AgingBucket { get; init; }

    public string? Status { get; init; }

    public decimal Total { get; init; }

    public decimal Balance { get; init; }

    public string? CurrencyCode { get; init; }
}

/// <summary>Aging parameters: as-of date (default today), bucket width in days and number of columns (Zoho's defaults 15 and 4).</summary>
public sealed record ZohoArAgingQuery
{
    public DateOnly? Date { get; init; }

    public int? IntervalRange { get; init; }

    public int? NumberOfColumns { get; init; }

    public string? CustomerId { get; init; }
}
