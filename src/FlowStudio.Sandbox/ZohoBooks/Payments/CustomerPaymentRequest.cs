using FlowStudio.Sandbox.ZohoBooks.Invoices;

namespace FlowStudio.Sandbox.ZohoBooks.Payments;

public sealed class CustomerPaymentRequest
{
    public string? CustomerId { get; set; }

    public string? PaymentMode { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? Date { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Description { get; set; }

    public string? AccountId { get; set; }

    public decimal? BankCharges { get; set; }

    public List<AppliedInvoicePayload>? Invoices { get; set; }
}
