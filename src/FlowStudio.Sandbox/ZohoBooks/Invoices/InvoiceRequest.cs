using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

public sealed class InvoiceRequest
{
    public string? CustomerId { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? ReferenceNumber { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? DueDate { get; set; }

    public int? PaymentTerms { get; set; }

    public string? PaymentTermsLabel { get; set; }

    public bool? IsInclusiveTax { get; set; }

    public bool? AllowPartialPayments { get; set; }

    public string? Notes { get; set; }

    public List<LineItem>? LineItems { get; set; }

    public List<CustomField>? CustomFields { get; set; }
}
