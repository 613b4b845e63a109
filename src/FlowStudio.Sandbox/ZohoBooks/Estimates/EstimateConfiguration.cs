using FlowStudio.Sandbox.ZohoBooks.Data;

namespace FlowStudio.Sandbox.ZohoBooks.Estimates;

public sealed class EstimateConfiguration : TransactionDocumentConfiguration<Estimate>;
