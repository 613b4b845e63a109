using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

public sealed record InvoiceResponse
{
    public required string InvoiceId { get; init; }

    public required string InvoiceNumber { get; init; }

    public required string Status { get; init; }

    public required string CustomerId { get; init; }

    public required string CustomerName { get; init; }

    public required string Date { get; init; }

    public required string DueDate { get; init; }

    public int PaymentTerms { get; init; }

    public required string PaymentTermsLabel { get; init; }

    public string? ReferenceNumber { get; init; }

    public required string CurrencyCode { get; init; }

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

    public int RemindersSent { get; init; }

    public string? LastPaymentDate { get; init; }

    public string? Notes { get; init; }

    public required string InvoiceUrl { get; init; }

    public IReadOnlyList<LineItem>? LineItems { get; init; }

    public IReadOnlyList<CustomField>? CustomFields { get; init; }

    public required string CreatedTime { get; init; }

    public required string LastModifiedTime { get; init; }

    public static InvoiceResponse From(Invoice i, DateOnly today, bool detail) => new()
    {
        InvoiceId = ZohoJson.Id(i.Id),
        InvoiceNumber = i.Number,
        Status = InvoiceStatus.Effective(i, today),
        CustomerId = ZohoJson.Id(i.ContactId),
        CustomerName = i.ContactName,
        Date = ZohoJson.Date(i.Date),
        DueDate = ZohoJson.Date(i.DueDate),
        PaymentTerms = i.PaymentTerms,
        PaymentTermsLabel = i.PaymentTermsLabel,
        ReferenceNumber = i.ReferenceNumber,
        CurrencyCode = i.CurrencyCode,
        IsInclusiveTax = i.IsInclusiveTax,
        SubTotal = i.SubTotal,
        TaxTotal = i.TaxTotal,
        Total = i.Total,
        Balance = i.Balance,
        PaymentMade = i.PaymentMade,
        CreditsApplied = i.CreditsApplied,
        WriteOffAmount = i.WriteOffAmount,
        IsEmailed = i.IsEmailed,
        AllowPartialPayments = i.AllowPartialPayments,
        LastPaymentDate = i.LastPaymentDate is { } paid ? ZohoJson.Date(paid) : null,
        Notes = detail ? i.Notes : null,
        InvoiceUrl = $"https://books.zoho.com/portal/sandbox/secure?InvoiceId={i.Id}",
        LineItems = detail ? i.LineItems : null,
        CustomFields = detail ? i.CustomFields : null,
        CreatedTime = ZohoJson.Timestamp(i.CreatedTime),
        LastModifiedTime = ZohoJson.Timestamp(i.LastModifiedTime),
    };
}
