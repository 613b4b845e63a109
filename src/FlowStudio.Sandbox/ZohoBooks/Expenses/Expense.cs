namespace FlowStudio.Sandbox.ZohoBooks.Expenses;

public sealed class Expense
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    public string AccountName { get; set; } = string.Empty;

    public long? PaidThroughAccountId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Amount { get; set; }

    public long? TaxId { get; set; }

    public decimal TaxAmount { get; set; }

    public decimal Total { get; set; }

    public bool IsInclusiveTax { get; set; }

    public long? VendorId { get; set; }

    public string? VendorName { get; set; }

    public bool IsBillable { get; set; }

    public long? CustomerId { get; set; }

    public string? CustomerName { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Description { get; set; }

    public string Status { get; set; } = "nonbillable";

    public string CurrencyCode { get; set; } = "USD";

    public DateTimeOffset CreatedTime { get; set; }
}
