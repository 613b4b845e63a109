using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.SalesOrders;

public sealed class SalesOrder : TransactionDocument
{
    public DateOnly? ShipmentDate { get; set; }
}
