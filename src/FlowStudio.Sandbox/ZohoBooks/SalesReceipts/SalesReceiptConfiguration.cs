using FlowStudio.Sandbox.ZohoBooks.Data;

namespace FlowStudio.Sandbox.ZohoBooks.SalesReceipts;

public sealed class SalesReceiptConfiguration : TransactionDocumentConfiguration<SalesReceipt>;
