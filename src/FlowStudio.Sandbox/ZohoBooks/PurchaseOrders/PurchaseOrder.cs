using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.PurchaseOrders;

public sealed class PurchaseOrder : TransactionDocument
{
    public DateOnly? DeliveryDate { get; set; }
}
