namespace FlowStudio.Sandbox.ZohoBooks.Common;

/// <summary>Create body shared by estimates, sales orders, sales receipts, purchase orders, credit notes and bills.</summary>
public sealed class DocumentRequest
{
    public string? CustomerId { get; set; }

    public string? VendorId { get; set; }

    public string? BillNumber { get; set; }

    public string? ReferenceNumber { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateOnly? DeliveryDate { get; set; }

    public int? PaymentTerms { get; set; }

    public string? PaymentMode { get; set; }

    public string? DepositToAccountId { get; set; }

    public bool? IsInclusiveTax { get; set; }

    public string? Notes { get; set; }

    public List<LineItem>? LineItems { get; set; }

    public List<CustomField>? CustomFields { get; set; }
}
