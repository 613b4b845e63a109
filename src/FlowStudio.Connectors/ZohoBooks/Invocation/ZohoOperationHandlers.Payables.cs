using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

internal static partial class ZohoOperationHandlers
{
    private static IEnumerable<ZohoOperationHandler> Payables() =>
    [
        ZohoOperationHandler.One("bills.create", call =>
        {
            var bill = new ZohoTransactionInput
            {
                VendorId = call.Input.Required("vendor_id"),
                BillNumber = call.Input.Required("bill_number"),
                LineItems = call.Input.LineItems(),
                Date = call.Input.Date("date"),
                DueDate = call.Input.Date("due_date"),
                PaymentTerms = call.Input.Integer("payment_terms"),
                ReferenceNumber = call.Input.Text("reference_number"),
            };
            return call.SendAsync((client, ct) => client.CreateBillAsync(bill, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.Many("bills.list", call =>
        {
            var filter = Filter(call.Input);
            return call.List((client, ct) => client.ListBillsAsync(filter, ct));
        }),
        ZohoOperationHandler.One("bills.get", call =>
        {
            var id = call.Input.Required("bill_id");
            return call.SendAsync((client, ct) => client.GetBillAsync(id, ct));
        }),
        ZohoOperationHandler.One("vendor_payments.create", call =>
        {
            var payment = new ZohoVendorPaymentInput
            {
                VendorId = call.Input.Required("vendor_id"),
                Amount = call.Input.Decimal("amount") ?? 0m,
                Date = call.Input.Date("date"),
                PaymentMode = call.Input.Text("payment_mode"),
                PaidThroughAccountId = call.Input.Text("paid_through_account_id"),
                ReferenceNumber = call.Input.Text("reference_number"),
                Bills = call.Input.Fields.Objects("bills", ["bill_id", "amount_applied"], row => new ZohoAppliedBill
                {
                    BillId = row.RequiredText("bill_id"),
                    AmountApplied = row.RequiredDecimal("amount_applied"),
                }),
            };
            return call.SendAsync((client, ct) => client.CreateVendorPaymentAsync(payment, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.One("expenses.create", call =>
        {
            var expense = new ZohoExpenseInput
            {
                AccountId = call.Input.Required("account_id"),
                Amount = call.Input.Decimal("amount") ?? 0m,
                Date = call.Input.Date("date"),
                PaidThroughAccountId = call.Input.Text("paid_through_account_id"),
                TaxId = call.Input.Text("tax_id"),
                VendorId = call.Input.Text("vendor_id"),
                IsBillable = call.Input.Flag("is_billable"),
                CustomerId = call.Input.Text("customer_id"),
                ReferenceNumber = call.Input.Text("reference_number"),
                Description = call.Input.Text("description"),
            };
            return call.SendAsync((client, ct) => client.CreateExpenseAsync(expense, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.Many("expenses.list", call =>
        {
            var filter = Filter(call.Input);
            return call.List((client, ct) => client.ListExpensesAsync(filter, ct));
        }),
        ZohoOperationHandler.One("purchase_orders.create", call =>
        {
            var order = new ZohoTransactionInput
            {
                VendorId = call.Input.Required("vendor_id"),
                LineItems = call.Input.LineItems(),
                Date = call.Input.Date("date"),
                DeliveryDate = call.Input.Date("delivery_date"),
                ReferenceNumber = call.Input.Text("reference_number"),
            };
            return call.SendAsync((client, ct) => client.CreatePurchaseOrderAsync(order, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.Many("purchase_orders.list", call =>
        {
            var filter = Filter(call.Input);
            return call.List((client, ct) => client.ListPurchaseOrdersAsync(filter, ct));
        }),
    ];
}
