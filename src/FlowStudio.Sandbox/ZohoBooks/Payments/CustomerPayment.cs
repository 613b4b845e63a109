using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.Payments;

public sealed class CustomerPayment
{
    public long Id { get; set; }

    public string PaymentNumber { get; set; } = string.Empty;

    public long CustomerId { get; set; }

    public string CustomerName { get; set; } = string.Empty;

    public string PaymentMode { get; set; } = "cash";

    public decimal Amount { get; set; }

    public decimal BankCharges { get; set; }

    public DateOnly Date { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Description { get; set; }

    public long? AccountId { get; set; }

    public string CurrencyCode { get; set; } = "USD";

    public List<AppliedAmount> Invoices { get; set; } = [];

    public DateTimeOffset CreatedTime { get; set; }

    public DateTimeOffset LastModifiedTime { get; set; }
}
