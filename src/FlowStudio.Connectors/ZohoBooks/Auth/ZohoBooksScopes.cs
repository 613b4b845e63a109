namespace FlowStudio.Connectors.ZohoBooks.Auth;

/// <summary>
/// The OAuth scopes the consent round trip asks for: one per Zoho Books module the operations touch (ALL where
/// they write, READ where they only read), and <c>settings.READ</c> for <c>GET /organizations</c>, items and taxes.
/// </summary>
public static class ZohoBooksScopes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "ZohoBooks.settings.READ",
        "ZohoBooks.contacts.ALL",
        "ZohoBooks.invoices.ALL",
        "ZohoBooks.customerpayments.ALL",
        "ZohoBooks.creditnotes.ALL",
        "ZohoBooks.estimates.ALL",
        "ZohoBooks.salesorders.ALL",
        "ZohoBooks.purchaseorders.ALL",
        "ZohoBooks.bills.ALL",
        "ZohoBooks.vendorpayments.ALL",
        "ZohoBooks.expenses.ALL",
        "ZohoBooks.accountants.ALL",
        "ZohoBooks.reports.READ",
    ];

    /// <summary>Comma-separated, as Zoho's <c>scope</c> parameter takes them.</summary>
    public static string Parameter => string.Join(',', All);
}
