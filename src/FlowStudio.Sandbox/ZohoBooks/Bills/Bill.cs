using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.Bills;

/// <summary>Stored status is draft, open or void; overdue, partially_paid and paid are derived.</summary>
public sealed class Bill : TransactionDocument
{
    public DateOnly DueDate { get; set; }

    public int PaymentTerms { get; set; }

    public decimal PaymentMade { get; set; }

    public decimal Balance => Status == "void" ? 0m : Total - PaymentMade;

    public string EffectiveStatus(DateOnly today) => Status switch
    {
        "draft" or "void" => Status,
        _ when Balance <= 0m => "paid",
        _ when Balance < Total => "partially_paid",
        _ when DueDate < today => "overdue",
        _ => "open",
    };
}
