using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.Estimates;

public sealed class Estimate : TransactionDocument
{
    public DateOnly? ExpiryDate { get; set; }
}
