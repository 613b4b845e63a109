using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.ZohoBooks.Catalog;

public static partial class ZohoBooksOperations
{
    private static readonly string[] BillFields =
        ["bill_id", "bill_number", "status", "vendor_id", "vendor_name", "date:date", "due_date:date", "total:decimal", "balance:decimal", "reference_number"];

    private static readonly string[] ExpenseFields =
        ["expense_id", "date:date", "account_id", "account_name", "amount:decimal", "tax_amount:decimal", "total:decimal", "vendor_id", "customer_id", "reference_number", "status"];

    private static IEnumerable<ConnectorOperationDescriptor> Payables() =>
    [
        Write("bills.create", "Create bill", "A vendor bill; an existing bill of the same number and vendor is returned on retry.",
            IdempotencyStrategy.NaturalKeyLookup, One("bill", BillFields),
            Id("vendor_id", "Vendor"), Text("bill_number", "Bill number", required: true), LineItems(required: true), Date("date", "Date"),
            Date("due_date", "Due date"), Integer("payment_terms", "Payment terms (days)", 0), Text("reference_number", "Reference number"), IdempotencyKey()),
        Read("bills.list", "List bills", "Bills by status (unpaid = due, overdue), vendor and due dates.", Many("bill", BillFields),
            Choice("status", "Status", false, "open", "unpaid", "overdue", "partially_paid", "paid", "void", "draft"),
            Id("vendor_id", "Vendor", required: false), Date("due_date_start", "Due from"), Date("due_date_end", "Due until")),
        Read("bills.get", "Get bill", "One bill with its lines.", One("bill", [.. BillFields, "line_items:list"]), Id("bill_id", "Bill")),
        Write("vendor_payments.create", "Pay vendor", "A payment to a vendor, optionally applied to bills.", IdempotencyStrategy.ReferenceLookup,
            One("vendorpayment", "payment_id", "payment_number", "vendor_id", "amount:decimal", "balance:decimal", "date:date", "reference_number", "bills:list"),
            Id("vendor_id", "Vendor"), Money("amount", "Amount", required: true), Date("date", "Date"), Text("payment_mode", "Mode"),
            Id("paid_through_account_id", "Paid through account", required: false), Text("reference_number", "Reference number"),
            List("bills", "Bills", false, "List of { bill_id, amount_applied }."), IdempotencyKey()),
        Write("expenses.create", "Record expense", "An expense against an account, optionally billable to a customer.", IdempotencyStrategy.ReferenceLookup,
            One("expense", ExpenseFields),
            Id("account_id", "Expense account"), Money("amount", "Amount", required: true), Date("date", "Date"),
            Id("paid_through_account_id", "Paid through account", required: false), Id("tax_id", "Tax", required: false), Id("vendor_id", "Vendor", required: false),
            Flag("is_billable", "Billable"), Id("customer_id", "Customer", required: false), Text("reference_number", "Reference number"),
            Text("description", "Description"), IdempotencyKey()),
        Read("expenses.list", "List expenses", "Expenses by dates, vendor or customer.", Many("expense", ExpenseFields),
            Date("date_start", "From"), Date("date_end", "Until"), Id("vendor_id", "Vendor", required: false), Id("customer_id", "Customer", required: false)),
        Write("purchase_orders.create", "Create purchase order", "An open purchase order to a vendor.", IdempotencyStrategy.ReferenceLookup,
            One("purchaseorder", "purchaseorder_id", "purchaseorder_number", "status", "vendor_id", "date:date", "delivery_date:date", "total:decimal", "reference_number"),
            Id("vendor_id", "Vendor"), LineItems(required: true), Date("date", "Date"), Date("delivery_date", "Delivery date"),
            Text("reference_number", "Reference number"), IdempotencyKey()),
        Read("purchase_orders.list", "List purchase orders", "Purchase orders by status, vendor and dates.",
            Many("purchaseorder", "purchaseorder_id", "purchaseorder_number", "status", "vendor_id", "vendor_name", "date:date", "total:decimal"),
            Text("status", "Status"), Id("vendor_id", "Vendor", required: false), Date("date_start", "From"), Date("date_end", "Until")),
    ];
}
