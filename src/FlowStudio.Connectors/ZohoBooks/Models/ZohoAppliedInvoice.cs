namespace FlowStudio.Connectors.ZohoBooks.Models;

/// <summary>An amount of a payment or credit note applied to one invoice.</summary>
public sealed record ZohoAppliedInvoice
{
    public required string InvoiceId { get; init; }

    public decimal AmountApplied { get; init; }

    public string? InvoiceNumber { get; init; }

    public decimal? BalanceAmount { get; init; }
}
