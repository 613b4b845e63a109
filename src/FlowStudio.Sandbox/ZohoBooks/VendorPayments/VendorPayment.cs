using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.VendorPayments;

public sealed class VendorPayment
{
    public long Id { get; set; }

    public string PaymentNumber { get; set; } = string.Empty;

    public long VendorId { get; set; }

    public string VendorName { get; set; } = string.Empty;

    public string PaymentMode { get; set; } = "cash";

    public decimal Amount { get; set; }

    public DateOnly Date { get; set; }

    public long? PaidThroughAccountId { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Description { get; set; }

    public List<AppliedAmount> Bills { get; set; } = [];

    public DateTimeOffset CreatedTime { get; set; }
}
