using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.ZohoBooks.Catalog;

public static partial class ZohoBooksOperations
{
    private static readonly string[] PaymentModes = ["check", "cash", "creditcard", "banktransfer", "bankremittance", "autotransaction", "others"];

    private static readonly string[] DocumentFields = ["customer_id", "customer_name", "status", "date:date", "reference_number", "currency_code", "total:decimal"];

    private static IEnumerable<ConnectorOperationDescriptor> Receivables() =>
    [
        Write("customer_payments.create", "Record customer payment", "A payment applied to one or more invoices; a retried step finds the payment it recorded.",
            IdempotencyStrategy.ReferenceLookup,
            One("payment", "payment_id", "payment_number", "customer_id", "amount:decimal", "unused_amount:decimal", "date:date", "reference_number", "invoices:list"),
            Id("customer_id", "Customer"), Choice("payment_mode", "Mode", true, PaymentModes), Money("amount", "Amount", required: true),
            Date("date", "Date"), Text("reference_number", "Reference number"), Money("bank_charges", "Bank charges"), Id("account_id", "Deposit to account", required: false),
            Text("description", "Description"), List("invoices", "Invoices", false, "List of { invoice_id, amount_applied }."), IdempotencyKey()),
        Read("customer_payments.list", "List customer payments", "Payments received, by customer and dates.",
            Many("payment", "payment_id", "payment_number", "customer_id", "customer_name", "payment_mode", "amount:decimal", "date:date", "reference_number"),
            Id("customer_id", "Customer", required: false), Date("date_start", "From"), Date("date_end", "Until")),
        Write("sales_receipts.create", "Create sales receipt", "A sale paid on the spot.", IdempotencyStrategy.ReferenceLookup,
            One("sales_receipt", ["sales_receipt_id", "receipt_number", "payment_mode", .. DocumentFields]),
            Id("customer_id", "Customer"), Choice("payment_mode", "Mode", true, PaymentModes), LineItems(required: true), Date("date", "Date"),
            Id("deposit_to_account_id", "Deposit to account", required: false), Text("reference_number", "Reference number"), IdempotencyKey()),
        Read("estimates.list", "List estimates", "Estimates by status, customer and dates.", Many("estimate", ["estimate_id", "estimate_number", "expiry_date:date", .. DocumentFields]),
            Choice("status", "Status", false, "draft", "sent", "accepted", "declined", "invoiced"), Id("customer_id", "Customer", required: false),
            Date("date_start", "From"), Date("date_end", "Until")),
        Read("estimates.get", "Get estimate", "One estimate with its lines.", One("estimate", ["estimate_id", "estimate_number", "line_items:list", .. DocumentFields]),
            Id("estimate_id", "Estimate")),
        Read("sales_orders.list", "List sales orders", "Sales orders by status, customer and dates.",
            Many("salesorder", ["salesorder_id", "salesorder_number", "shipment_date:date", .. DocumentFields]),
            Text("status", "Status"), Id("customer_id", "Customer", required: false), Date("date_start", "From"), Date("date_end", "Until")),
        Read("sales_orders.get", "Get sales order", "One sales order with its lines.", One("salesorder", ["salesorder_id", "salesorder_number", "line_items:list", .. DocumentFields]),
            Id("salesorder_id", "Sales order")),
        Write("credit_notes.create", "Create credit note", "An open credit note for a customer.", IdempotencyStrategy.ReferenceLookup,
            One("creditnote", ["creditnote_id", "creditnote_number", "balance:decimal", .. DocumentFields]),
            Id("customer_id", "Customer"), LineItems(required: true), Date("date", "Date"), Text("reference_number", "Reference number"), IdempotencyKey()),
        Write("credit_notes.apply", "Apply credit note", "Applies credit to invoices; more than the balance is refused (code 24016/24017).",
            IdempotencyStrategy.None, Many("applied_invoice", "invoice_id", "invoice_number", "amount_applied:decimal", "balance_amount:decimal"),
            Id("creditnote_id", "Credit note"), List("invoices", "Invoices", true, "List of { invoice_id, amount_applied }.")),
    ];
}
