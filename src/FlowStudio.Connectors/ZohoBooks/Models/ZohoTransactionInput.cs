namespace FlowStudio.Connectors.ZohoBooks.Models;

/// <summary>
/// Create body shared by sales receipts, credit notes, purchase orders and bills, whose Zoho shapes differ only
/// in which fields apply: customer or vendor, bill number, payment mode and deposit account, delivery date.
/// </summary>
public sealed record ZohoTransactionInput
{
    public string? CustomerId { get; init; }

    public string? VendorId { get; init; }

    /// <summary>Bills only; required there and unique per vendor.</summary>
    public string? BillNumber { get; init; }

    public string? ReferenceNumber { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? DueDate { get; init; }

    public DateOnly? DeliveryDate { get; init; }

    public int? PaymentTerms { get; init; }

    /// <summary>Sales receipts only; required there.</summary>
    public string? PaymentMode { get; init; }

    public string? DepositToAccountId { get; init; }

    public bool? IsInclusiveTax { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }

    public IReadOnlyList<ZohoCustomField>? CustomFields { get; init; }
}
