namespace FlowStudio.Connectors.ZohoBooks.Models;

/// <summary>Filters shared by Zoho's transaction lists; each module accepts the ones that apply to it.</summary>
public sealed record ZohoListFilter
{
    public string? Status { get; init; }

    public string? CustomerId { get; init; }

    public string? VendorId { get; init; }

    public string? ReferenceNumber { get; init; }

    public DateOnly? DateStart { get; init; }

    public DateOnly? DateEnd { get; init; }

    public DateOnly? DueDateStart { get; init; }

    public DateOnly? DueDateEnd { get; init; }

    public string? SearchText { get; init; }
}
