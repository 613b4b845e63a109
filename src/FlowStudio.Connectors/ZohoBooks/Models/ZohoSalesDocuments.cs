namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoSalesReceipt
{
    public required string SalesReceiptId { get; init; }

    public string? ReceiptNumber { get; init; }

    public string? Status { get; init; }

    public required string CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public DateOnly? Date { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? PaymentMode { get; init; }

    public string? DepositToAccountId { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal SubTotal { get; init; }

    public decimal TaxTotal { get; init; }

    public decimal Total { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }
}

public sealed record ZohoEstimate
{
    public required string EstimateId { get; init; }

    public string? EstimateNumber { get; init; }

    /// <summary>draft, sent, accepted, declined, invoiced.</summary>
    public string? Status { get; init; }

    public required string CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? ExpiryDate { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal Total { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }
}

public sealed record ZohoSalesOrder
{
    public required string SalesorderId { get; init; }

    public string? SalesorderNumber { get; init; }

    public string? Status { get; init; }

    public required string CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? ShipmentDate { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal Total { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }
}

public sealed record ZohoCreditNote
{
    public required string CreditnoteId { get; init; }

    public string? CreditnoteNumber { get; init; }

    /// <summary>open, closed, void.</summary>
    public string? Status { get; init; }

    public required string CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public DateOnly? Date { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal Total { get; init; }

    public decimal Balance { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }

    public IReadOnlyList<ZohoAppliedInvoice>? InvoicesCredited { get; init; }
}
