using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.ZohoBooks.Catalog;

public static partial class ZohoBooksOperations
{
    private static readonly string[] InvoiceFields =
    [
        "invoice_id", "invoice_number", "status", "customer_id", "customer_name", "date:date", "due_date:date", "reference_number",
        "currency_code", "sub_total:decimal", "tax_total:decimal", "total:decimal", "balance:decimal", "payment_made:decimal", "invoice_url",
    ];

    private static IEnumerable<ConnectorOperationDescriptor> Invoices() =>
    [
        Read("invoices.list", "List invoices", "Invoices by status, customer and dates, page by page.", Many("invoice", InvoiceFields),
            Choice("status", "Status", false, "draft", "sent", "overdue", "unpaid", "partially_paid", "paid", "void", "viewed"),
            Id("customer_id", "Customer", required: false), Date("date_start", "Dated from"), Date("date_end", "Dated until"),
            Date("due_date_start", "Due from"), Date("due_date_end", "Due until"), Text("reference_number", "Reference number")),
        Read("invoices.get", "Get invoice", "One invoice with its lines.", One("invoice", [.. InvoiceFields, "line_items:list", "custom_fields:list"]),
            Id("invoice_id", "Invoice")),
        Write("invoices.create", "Create invoice", "A draft invoice (or sent, with Send); a retried step finds the invoice it created.",
            IdempotencyStrategy.ReferenceLookup, One("invoice", InvoiceFields),
            Id("customer_id", "Customer"), LineItems(required: true), Date("date", "Date"), Date("due_date", "Due date"),
            Integer("payment_terms", "Payment terms (days)", 0), Text("reference_number", "Reference number"), Text("notes", "Notes"),
            Flag("is_inclusive_tax", "Prices include tax"), Flag("allow_partial_payments", "Allow partial payments"), Flag("send", "Mark as sent"),
            CustomFields(), IdempotencyKey()),
        Write("invoices.update", "Update invoice", "Terms, due date, reference, notes or line items (given lines replace all).",
            IdempotencyStrategy.Naturally, One("invoice", InvoiceFields),
            Id("invoice_id", "Invoice"), Integer("payment_terms", "Payment terms (days)", 0), Date("due_date", "Due date"),
            Text("reference_number", "Reference number"), Text("notes", "Notes"), LineItems(required: false), CustomFields()),
        Write("invoices.mark_sent", "Mark invoice sent", "Draft → sent without emailing.", IdempotencyStrategy.Naturally, One("result", "message"),
            Id("invoice_id", "Invoice")),
        Write("invoices.email", "Email invoice", "Emails the invoice (to the customer's address when no recipients are given).",
            IdempotencyStrategy.None, One("result", "message"),
            Id("invoice_id", "Invoice"), List("to_mail_ids", "To", false, "List of email addresses."), List("cc_mail_ids", "Cc", false, "List of email addresses."),
            Text("subject", "Subject"), Text("body", "Body")),
        Write("invoices.void", "Void invoice", "Voids an invoice without payments or credits.", IdempotencyStrategy.Naturally, One("result", "message"),
            Id("invoice_id", "Invoice")),
    ];
}
