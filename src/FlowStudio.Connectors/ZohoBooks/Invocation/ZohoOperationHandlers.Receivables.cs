using FlowStudio.Connectors.ZohoBooks.Catalog;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

internal static partial class ZohoOperationHandlers
{
    private static IEnumerable<ZohoOperationHandler> Receivables() =>
    [
        ZohoOperationHandler.One("customer_payments.create", call =>
        {
            var payment = new ZohoCustomerPaymentInput
            {
                CustomerId = call.Input.Required("customer_id"),
                PaymentMode = call.Input.Required("payment_mode"),
                Amount = call.Input.Decimal("amount") ?? 0m,
                Date = call.Input.Date("date"),
                ReferenceNumber = call.Input.Text("reference_number"),
                BankCharges = call.Input.Decimal("bank_charges"),
                AccountId = call.Input.Text("account_id"),
                Description = call.Input.Text("description"),
                Invoices = AppliedInvoices(call.Input),
            };
            return call.SendAsync((client, ct) => client.CreateCustomerPaymentAsync(payment, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.Many("customer_payments.list", call =>
        {
            var filter = Filter(call.Input);
            return call.List((client, ct) => client.ListCustomerPaymentsAsync(filter, ct));
        }),
        ZohoOperationHandler.One("sales_receipts.create", call =>
        {
            var receipt = new ZohoTransactionInput
            {
                CustomerId = call.Input.Required("customer_id"),
                PaymentMode = call.Input.Required("payment_mode"),
                LineItems = call.Input.LineItems(),
                Date = call.Input.Date("date"),
                DepositToAccountId = call.Input.Text("deposit_to_account_id"),
                ReferenceNumber = call.Input.Text("reference_number"),
            };
            return call.SendAsync((client, ct) => client.CreateSalesReceiptAsync(receipt, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.Many("estimates.list", call =>
        {
            var filter = Filter(call.Input);
            return call.List((client, ct) => client.ListEstimatesAsync(filter, ct));
        }),
        ZohoOperationHandler.One("estimates.get", call =>
        {
            var id = call.Input.Required("estimate_id");
            return call.SendAsync((client, ct) => client.GetEstimateAsync(id, ct));
        }),
        ZohoOperationHandler.Many("sales_orders.list", call =>
        {
            var filter = Filter(call.Input);
            return call.List((client, ct) => client.ListSalesOrdersAsync(filter, ct));
        }),
        ZohoOperationHandler.One("sales_orders.get", call =>
        {
            var id = call.Input.Required("salesorder_id");
            return call.SendAsync((client, ct) => client.GetSalesOrderAsync(id, ct));
        }),
        ZohoOperationHandler.One("credit_notes.create", call =>
        {
            var note = new ZohoTransactionInput
            {
                CustomerId = call.Input.Required("customer_id"),
                LineItems = call.Input.LineItems(),
                Date = call.Input.Date("date"),
                ReferenceNumber = call.Input.Text("reference_number"),
            };
            return call.SendAsync((client, ct) => client.CreateCreditNoteAsync(note, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.One("credit_notes.apply", call =>
        {
            var id = call.Input.Required("creditnote_id");
            var invoices = AppliedInvoices(call.Input) ?? [];
            var entity = ZohoBooksOperations.Find(ZohoBooksOperations.Connector + ".credit_notes.apply")!.Output!.Entity;
            return call.SendAsync(
                (client, ct) => client.ApplyCreditNoteAsync(id, invoices, ct),
                applied => ZohoOutput.List(entity, [.. applied.Select(ZohoOutput.Record)], hasMore: false, stream: null));
        }),
    ];
}
