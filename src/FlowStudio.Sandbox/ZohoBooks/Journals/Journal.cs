namespace FlowStudio.Sandbox.ZohoBooks.Journals;

public sealed class Journal
{
    public long Id { get; set; }

    public string EntryNumber { get; set; } = string.Empty;

    public DateOnly JournalDate { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Notes { get; set; }

    public string JournalType { get; set; } = "both";

    public string Status { get; set; } = "published";

    public decimal Total { get; set; }

    public List<JournalLine> LineItems { get; set; } = [];

    public DateTimeOffset CreatedTime { get; set; }
}
