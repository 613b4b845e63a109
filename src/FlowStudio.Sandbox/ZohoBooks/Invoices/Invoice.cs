using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

/// <summary>Stored status is draft, sent or void; overdue, partially_paid and paid are derived (see <see cref="InvoiceStatus"/>).</summary>
public sealed class Invoice : TransactionDocument
{
    public DateOnly DueDate { get; set; }

    public int PaymentTerms { get; set; }

    public string PaymentTermsLabel { get; set; } = "Due on Receipt";

    public decimal PaymentMade { get; set; }

    public decimal CreditsApplied { get; set; }

    public decimal WriteOffAmount { get; set; }

    public bool IsEmailed { get; set; }

    public bool AllowPartialPayments { get; set; } = true;

    public DateOnly? LastPaymentDate { get; set; }

    public decimal Balance => Status == "void" ? 0m : Total - PaymentMade - CreditsApplied - WriteOffAmount;
}
