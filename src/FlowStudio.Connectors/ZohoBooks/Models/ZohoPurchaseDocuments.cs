namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoBill
{
    public required string BillId { get; init; }

    public required string BillNumber { get; init; }

    /// <summary>draft, open, overdue, partially_paid, paid, void.</summary>
    public string? Status { get; init; }

    public required string VendorId { get; init; }

    public string? VendorName { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? DueDate { get; init; }

    public int? PaymentTerms { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal SubTotal { get; init; }

    public decimal TaxTotal { get; init; }

    public decimal Total { get; init; }

    public decimal Balance { get; init; }

    public decimal PaymentMade { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }
}

public sealed record ZohoPurchaseOrder
{
    public required string PurchaseorderId { get; init; }

    public string? PurchaseorderNumber { get; init; }

    public string? Status { get; init; }

    public required string VendorId { get; init; }

    public string? VendorName { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? DeliveryDate { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal Total { get; init; }

    public IReadOnlyList<ZohoLineItem>? LineItems { get; init; }
}

public sealed record ZohoVendorPayment
{
    public required string PaymentId { get; init; }

    public string? PaymentNumber { get; init; }

    public required string VendorId { get; init; }

    public string? VendorName { get; init; }

    public string? PaymentMode { get; init; }

    public decimal Amount { get; init; }

    public decimal Balance { get; init; }

    public DateOnly? Date { get; init; }

    public string? PaidThroughAccountId { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<ZohoAppliedBill>? Bills { get; init; }
}

public sealed record ZohoVendorPaymentInput
{
    public required string VendorId { get; init; }

    public required decimal Amount { get; init; }

    public DateOnly? Date { get; init; }

    public string? PaymentMode { get; init; }

    public string? PaidThroughAccountId { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<ZohoAppliedBill>? Bills { get; init; }
}

public sealed record ZohoAppliedBill
{
    public required string BillId { get; init; }

    public decimal AmountApplied { get; init; }

    public string? BillNumber { get; init; }
}

public sealed record ZohoExpense
{
    public required string ExpenseId { get; init; }

    public DateOnly? Date { get; init; }

    public required string AccountId { get; init; }

    public string? AccountName { get; init; }

    public string? PaidThroughAccountId { get; init; }

    public decimal Amount { get; init; }

    public string? TaxId { get; init; }

    public decimal TaxAmount { get; init; }

    public decimal Total { get; init; }

    public string? VendorId { get; init; }

    public string? VendorName { get; init; }

    public bool IsBillable { get; init; }

    public string? CustomerId { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Description { get; init; }

    public string? Status { get; init; }

    public string? CurrencyCode { get; init; }
}

public sealed record ZohoExpenseInput
{
    public required string AccountId { get; init; }

    public required decimal Amount { get; init; }

    public string? PaidThroughAccountId { get; init; }

    public DateOnly? Date { get; init; }

    public string? TaxId { get; init; }

    public bool? IsInclusiveTax { get; init; }

    public string? VendorId { get; init; }

    public bool? IsBillable { get; init; }

    public string? CustomerId { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? Description { get; init; }
}
