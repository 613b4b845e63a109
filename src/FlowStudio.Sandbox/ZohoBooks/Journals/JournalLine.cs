namespace FlowStudio.Sandbox.ZohoBooks.Journals;

public sealed class JournalLine
{
    public string? LineId { get; set; }

    public string? AccountId { get; set; }

    public string? AccountName { get; set; }

    public string? CustomerId { get; set; }

    public string? Description { get; set; }

    public string? DebitOrCredit { get; set; }

    public decimal? Amount { get; set; }

    public string? TaxId { get; set; }
}
