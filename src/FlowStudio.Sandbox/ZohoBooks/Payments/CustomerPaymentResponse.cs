using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Invoices;

namespace FlowStudio.Sandbox.ZohoBooks.Payments;

public sealed record CustomerPaymentResponse
{
    public required string PaymentId { get; init; }

    public required string PaymentNumber { get; init; }

    public required string PaymentMode { get; init; }

    public decimal Amount { get; init; }

    public decimal UnusedAmount { get; init; }

    public decimal BankCharges { get; init; }

    public required string Date { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Description { get; init; }

    public string? AccountId { get; init; }

    public required string CustomerId { get; init; }

    public required string CustomerName { get; init; }

    public required string CurrencyCode { get; init; }

    public required IReadOnlyList<AppliedInvoicePayload> Invoices { get; init; }

    public required string CreatedTime { get; init; }

    public required string LastModifiedTime { get; init; }

    public static CustomerPaymentResponse From(CustomerPayment p, IReadOnlyDictionary<long, Invoice> invoices) => new()
    {
        PaymentId = ZohoJson.Id(p.Id),
        PaymentNumber = p.PaymentNumber,
        PaymentMode = p.PaymentMode,
        Amount = p.Amount,
        UnusedAmount = p.Amount - p.Invoices.Sum(a => a.AmountApplied),
        BankCharges = p.BankCharges,
        Date = ZohoJson.Date(p.Date),
        ReferenceNumber = p.ReferenceNumber,
        Description = p.Description,
        AccountId = p.AccountId is { } account ? ZohoJson.Id(account) : null,
        CustomerId = ZohoJson.Id(p.CustomerId),
        CustomerName = p.CustomerName,
        CurrencyCode = p.CurrencyCode,
        Invoices = p.Invoices.Select(a => new AppliedInvoicePayload
        {
            InvoiceId = ZohoJson.Id(a.DocumentId),
            InvoiceNumber = a.DocumentNumber,
            AmountApplied = a.AmountApplied,
            BalanceAmount = invoices.GetValueOrDefault(a.DocumentId)?.Balance,
            Date = ZohoJson.Date(a.Date),
        }).ToList(),
        CreatedTime = ZohoJson.Timestamp(p.CreatedTime),
        LastModifiedTime = ZohoJson.Timestamp(p.LastModifiedTime),
    };
}
