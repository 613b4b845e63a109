namespace FlowStudio.Sandbox.ZohoBooks.Journals;

public sealed class JournalRequest
{
    public DateOnly? JournalDate { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Notes { get; set; }

    public string? JournalType { get; set; }

    public string? Status { get; set; }

    public List<JournalLine>? LineItems { get; set; }
}
