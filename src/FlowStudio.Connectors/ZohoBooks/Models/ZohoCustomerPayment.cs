namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoCustomerPayment
{
    public required string PaymentId { get; init; }

    public string? PaymentNumber { get; init; }

    public string? PaymentMode { get; init; }

    public decimal Amount { get; init; }

    public decimal UnusedAmount { get; init; }

    public decimal BankCharges { get; init; }

    public DateOnly? Date { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Description { get; init; }

    public string? AccountId { get; init; }

    public required string CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public string? CurrencyCode { get; init; }

    public IReadOnlyList<ZohoAppliedInvoice>? Invoices { get; init; }

    public DateTimeOffset? CreatedTime { get; init; }
}

/// <summary>A payment received, applied to one or more invoices. Modes: check, cash, creditcard, banktransfer, bankremittance, autotransaction, others.</summary>
public sealed record ZohoCustomerPaymentInput
{
    public required string CustomerId { get; init; }

    public required string PaymentMode { get; init; }

    public required decimal Amount { get; init; }

    public DateOnly? Date { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Description { get; init; }

    public string? AccountId { get; init; }

    public decimal? BankCharges { get; init; }

    public IReadOnlyList<ZohoAppliedInvoice>? Invoices { get; init; }
}
