using FlowStudio.Sandbox.ZohoBooks.Data;

namespace FlowStudio.Sandbox.ZohoBooks.PurchaseOrders;

public sealed class PurchaseOrderConfiguration : TransactionDocumentConfiguration<PurchaseOrder>;
