using FlowStudio.Sandbox.ZohoBooks.Data;

namespace FlowStudio.Sandbox.ZohoBooks.SalesOrders;

public sealed class SalesOrderConfiguration : TransactionDocumentConfiguration<SalesOrder>;
