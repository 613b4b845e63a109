namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoInvoice
{
    public required string InvoiceId { get; init; }

    public required string InvoiceNumber { get; init; }

    /// <summary>draft, sent, overdue, partially_paid, paid, void, viewed.</summary>
    public required string Status { get; init; }

    public required string CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? DueDate { get; init; }

    public int? PaymentTerms { get; init; }

    public string? PaymentTermsLabel { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? CurrencyCode { get; init; }

    public bool IsInclusiveTax { get; init; }

    public decimal SubTotal { get; init; }

    public decimal TaxTotal { get; init; }

    public decimal Total { get; init; }

    public decimal Balance { get; init; }

    public decimal PaymentMade { get; init; }

    public decimal CreditsApplied { get; init; }

    public decimal WriteOffAmount { get; init; }

    public bool IsEmailed { get; init; }

    public bool AllowPartialPayments { get; init; }

    public DateOnly? LastPaymentDate { get; init; }

    public string? Notes { get; init; }

    public string? InvoiceUrl { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }

    public IReadOnlyList<ZohoCustomField>? CustomFields { get; init; }

    public DateTimeOffset? CreatedTime { get; init; }

    public DateTimeOffset? LastModifiedTime { get; init; }
}

/// <summary>Create (customer and line items required) or partial update of an invoice.</summary>
public sealed record ZohoInvoiceInput
{
    public string? CustomerId { get; init; }

    public string? InvoiceNumber { get; init; }

    public string? ReferenceNumber { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? DueDate { get; init; }

    public int? PaymentTerms { get; init; }

    public string? PaymentTermsLabel { get; init; }

    public bool? IsInclusiveTax { get; init; }

    public bool? AllowPartialPayments { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }

    public IReadOnlyList<ZohoCustomField>? CustomFields { get; init; }
}

/// <summary>List filters; <see cref="Status"/> is one of sent, draft, overdue, paid, void, unpaid, partially_paid, viewed.</summary>
public sealed record ZohoInvoiceFilter
{
    public string? Status { get; init; }

    public string? CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public string? ReferenceNumber { get; init; }

    public DateOnly? DateStart { get; init; }

    public DateOnly? DateEnd { get; init; }

    public DateOnly? DueDateStart { get; init; }

    public DateOnly? DueDateEnd { get; init; }

    public string? SearchText { get; init; }

    public string? SortColumn { get; init; }
}

public sealed record ZohoInvoiceEmail
{
    public bool? SendFromOrgEmailId { get; init; }

    /// <summary>Defaults to the customer's email when empty.</summary>
    public IReadOnlyList<string>? ToMailIds { get; init; }

    public IReadOnlyList<string>? CcMailIds { get; init; }

    public string? Subject { get; init; }

    public string? Body { get; init; }
}
