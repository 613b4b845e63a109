namespace FlowStudio.Sandbox.ZohoBooks.VendorPayments;

public sealed class AppliedBillPayload
{
    public string? BillId { get; set; }

    public string? BillNumber { get; set; }

    public decimal? AmountApplied { get; set; }
}
