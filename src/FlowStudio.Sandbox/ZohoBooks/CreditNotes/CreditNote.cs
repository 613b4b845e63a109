using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.CreditNotes;

/// <summary>Stored status is draft, open or void; an open note whose balance reaches zero reads as closed.</summary>
public sealed class CreditNote : TransactionDocument
{
    public List<AppliedAmount> Invoices { get; set; } = [];

    public decimal Balance => Status == "void" ? 0m : Total - Invoices.Sum(a => a.AmountApplied);

    public string EffectiveStatus => Status == "open" && Balance <= 0m ? "closed" : Status;
}
