namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoJournal
{
    public required string JournalId { get; init; }

    public string? EntryNumber { get; init; }

    public DateOnly? JournalDate { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Notes { get; init; }

    public string? JournalType { get; init; }

    public string? Status { get; init; }

    public decimal Total { get; init; }

    public IReadOnlyList<ZohoJournalLine>? LineItems { get; init; }
}

/// <summary>A manual journal; debits must equal credits (Zoho answers code 13004 otherwise).</summary>
public sealed record ZohoJournalInput
{
    public DateOnly? JournalDate { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Notes { get; init; }

    /// <summary><c>both</c> (default), <c>cash</c> or <c>accrual</c>.</summary>
    public string? JournalType { get; init; }

    /// <summary><c>draft</c> or <c>published</c>.</summary>
    public string? Status { get; init; }

    public required IReadOnlyList<ZohoJournalLine> LineItems { get; init; }
}

public sealed record ZohoJournalLine
{
    public string? LineId { get; init; }

    public required string AccountId { get; init; }

    public string? AccountName { get; init; }

    public string? CustomerId { get; init; }

    public string? Description { get; init; }

    /// <summary><c>debit</c> or <c>credit</c>.</summary>
    public required string DebitOrCredit { get; init; }

    public required decimal Amount { get; init; }

    public string? TaxId { get; init; }
}
