namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

/// <summary>One entry of a payment's or credit note's <c>invoices</c> array.</summary>
public sealed class AppliedInvoicePayload
{
    public string? InvoiceId { get; set; }

    public string? InvoiceNumber { get; set; }

    public decimal? AmountApplied { get; set; }

    public decimal? BalanceAmount { get; set; }

    public string? Date { get; set; }
}
