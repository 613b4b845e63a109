namespace FlowStudio.Sandbox.ZohoBooks.Common;

/// <summary>An amount of a payment or credit applied to one invoice or bill.</summary>
public sealed class AppliedAmount
{
    public long DocumentId { get; set; }

    public string DocumentNumber { get; set; } = string.Empty;

    public decimal AmountApplied { get; set; }

    public DateOnly Date { get; set; }
}
