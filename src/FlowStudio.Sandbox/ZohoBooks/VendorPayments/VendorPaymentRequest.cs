namespace FlowStudio.Sandbox.ZohoBooks.VendorPayments;

public sealed class VendorPaymentRequest
{
    public string? VendorId { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? Date { get; set; }

    public string? PaymentMode { get; set; }

    public string? PaidThroughAccountId { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Description { get; set; }

    public List<AppliedBillPayload>? Bills { get; set; }
}
