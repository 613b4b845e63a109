namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

public sealed class InvoiceEmailRequest
{
    public bool? SendFromOrgEmailId { get; set; }

    public List<string>? ToMailIds { get; set; }

    public List<string>? CcMailIds { get; set; }

    public string? Subject { get; set; }

    public string? Body { get; set; }
}
