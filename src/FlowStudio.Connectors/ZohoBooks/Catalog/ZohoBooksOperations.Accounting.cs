using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.ZohoBooks.Catalog;

public static partial class ZohoBooksOperations
{
    private static IEnumerable<ConnectorOperationDescriptor> Accounting() =>
    [
        Read("organizations.list", "List organizations", "Organisations the connection's user can reach.",
            Many("organization", "organization_id", "name", "is_default_org:boolean", "currency_code", "country")),
        Read("accounts.list", "List chart of accounts", "Every account with its type.",
            Many("account", "account_id", "account_name", "account_code", "account_type", "is_active:boolean")),
        Read("items.list", "List items", "Products and services.", Many("item", "item_id", "name", "rate:decimal", "sku", "tax_id", "status")),
        Read("taxes.list", "List taxes", "Tax rates.", Many("tax", "tax_id", "tax_name", "tax_percentage:decimal", "tax_type")),
        Write("journals.create", "Create journal", "A manual journal; debits must equal credits (code 13004 otherwise).", IdempotencyStrategy.ReferenceLookup,
            One("journal", "journal_id", "entry_number", "journal_date:date", "reference_number", "status", "total:decimal", "line_items:list"),
            Date("journal_date", "Date"), Text("reference_number", "Reference number"), Text("notes", "Notes"),
            Choice("status", "Status", false, "draft", "published"),
            List("line_items", "Lines", true, "List of { account_id, debit_or_credit, amount, description, customer_id }."), IdempotencyKey()),
        Read("journals.list", "List journals", "Manual journals by date.", Many("journal", "journal_id", "entry_number", "journal_date:date", "reference_number", "total:decimal"),
            Date("date_start", "From"), Date("date_end", "Until")),
        Read("reports.ar_aging_summary", "AR aging summary", "Outstanding receivables per customer in due-date buckets.",
            One("aragingsummary", "as_of_date:date", "columns:list", "customers:list", "totals:object"),
            Date("date", "As of"), Integer("interval_range", "Days per bucket", 1), Integer("number_of_columns", "Buckets", 2), Id("customer_id", "Customer", required: false)),
        Read("reports.ar_aging_details", "AR aging details", "Each outstanding invoice with its days overdue and bucket.",
            Many("aragingdetail", "invoice_id", "invoice_number", "customer_id", "customer_name", "due_date:date", "days_overdue:number", "aging_bucket", "balance:decimal"),
            Date("date", "As of"), Integer("interval_range", "Days per bucket", 1), Integer("number_of_columns", "Buckets", 2), Id("customer_id", "Customer", required: false)),
    ];
}
