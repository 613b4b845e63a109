namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

/// <summary>draft → sent → overdue (due date passed) → partially_paid → paid; void at any time before payment.</summary>
public static class InvoiceStatus
{
    public static string Effective(Invoice invoice, DateOnly today) => invoice.Status switch
    {
        "draft" or "void" => invoice.Status,
        _ when invoice.Balance <= 0m => "paid",
        _ when invoice.Balance < invoice.Total => "partially_paid",
        _ when invoice.DueDate < today => "overdue",
        _ => "sent",
    };

    public static bool IsOutstanding(Invoice invoice) => invoice.Status == "sent" && invoice.Balance > 0m;

    public static bool Matches(Invoice invoice, string filter, DateOnly today)
    {
        var status = Effective(invoice, today);
        return filter switch
        {
            "all" => true,
            "unpaid" => IsOutstanding(invoice),
            "overdue" => IsOutstanding(invoice) && invoice.DueDate < today,
            "viewed" => false,
            _ => status == filter,
        };
    }
}
