using FlowStudio.Sandbox.ZohoBooks.Data;

namespace FlowStudio.Sandbox.ZohoBooks.Bills;

public sealed class BillConfiguration : TransactionDocumentConfiguration<Bill>;
