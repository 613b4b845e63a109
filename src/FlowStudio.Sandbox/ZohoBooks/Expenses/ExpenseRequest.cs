namespace FlowStudio.Sandbox.ZohoBooks.Expenses;

public sealed class ExpenseRequest
{
    public string? AccountId { get; set; }

    public string? PaidThroughAccountId { get; set; }

    public DateOnly? Date { get; set; }

    public decimal? Amount { get; set; }

    public string? TaxId { get; set; }

    public bool? IsInclusiveTax { get; set; }

    public string? VendorId { get; set; }

    public bool? IsBillable { get; set; }

    public string? CustomerId { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Description { get; set; }
}
