using FlowStudio.Sandbox.ZohoBooks.Invoices;

namespace FlowStudio.Sandbox.ZohoBooks.CreditNotes;

public sealed class ApplyCreditRequest
{
    public List<AppliedInvoicePayload>? Invoices { get; set; }
}
