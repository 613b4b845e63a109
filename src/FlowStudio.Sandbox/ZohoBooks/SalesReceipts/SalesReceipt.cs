using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.SalesReceipts;

public sealed class SalesReceipt : TransactionDocument
{
    public string PaymentMode { get; set; } = "cash";

    public long? DepositToAccountId { get; set; }
}
