using FlowStudio.Sandbox.ZohoBooks.Data;

namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

public sealed class InvoiceConfiguration : TransactionDocumentConfiguration<Invoice>;
