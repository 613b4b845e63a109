using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

internal static partial class ZohoOperationHandlers
{
    private static IEnumerable<ZohoOperationHandler> Invoices() =>
    [
        ZohoOperationHandler.Many("invoices.list", call =>
        {
            var filter = new ZohoInvoiceFilter
            {
                Status = call.Input.Text("status"),
                CustomerId = call.Input.Text("customer_id"),
                ReferenceNumber = call.Input.Text("reference_number"),
                DateStart = call.Input.Date("date_start"),
                DateEnd = call.Input.Date("date_end"),
                DueDateStart = call.Input.Date("due_date_start"),
                DueDateEnd = call.Input.Date("due_date_end"),
            };
            return call.List((client, ct) => client.ListInvoicesAsync(filter, ct));
        }),
        ZohoOperationHandler.One("invoices.get", call =>
        {
            var id = call.Input.Required("invoice_id");
            return call.SendAsync((client, ct) => client.GetInvoiceAsync(id, ct));
        }),
        ZohoOperationHandler.One("invoices.create", call =>
        {
            var invoice = InvoiceInput(call.Input) with
            {
                CustomerId = call.Input.Required("customer_id"),
                Date = call.Input.Date("date"),
                IsInclusiveTax = call.Input.Flag("is_inclusive_tax"),
                AllowPartialPayments = call.Input.Flag("allow_partial_payments"),
            };
            var send = call.Input.Flag("send") ?? false;
            return call.SendAsync((client, ct) => client.CreateInvoiceAsync(invoice, call.IdempotencyKey, send, ct));
        }),
        ZohoOperationHandler.One("invoices.update", call =>
        {
            var id = call.Input.Required("invoice_id");
            var invoice = InvoiceInput(call.Input);
            return call.SendAsync((client, ct) => client.UpdateInvoiceAsync(id, invoice, ct));
        }),
        ZohoOperationHandler.One("invoices.mark_sent", call =>
        {
            var id = call.Input.Required("invoice_id");
            return call.SendAsync((client, ct) => client.MarkInvoiceSentAsync(id, ct), ZohoOutput.Action);
        }),
        ZohoOperationHandler.One("invoices.email", call =>
        {
            var id = call.Input.Required("invoice_id");
            var email = new ZohoInvoiceEmail
            {
                ToMailIds = call.Input.Texts("to_mail_ids"),
                CcMailIds = call.Input.Texts("cc_mail_ids"),
                Subject = call.Input.Text("subject"),
                Body = call.Input.Text("body"),
            };
            return call.SendAsync((client, ct) => client.EmailInvoiceAsync(id, email, ct), ZohoOutput.Action);
        }),
        ZohoOperationHandler.One("invoices.void", call =>
        {
            var id = call.Input.Required("invoice_id");
            return call.SendAsync((client, ct) => client.VoidInvoiceAsync(id, ct), ZohoOutput.Action);
        }),
    ];

    /// <summary>The fields create and update share.</summary>
    private static ZohoInvoiceInput InvoiceInput(ZohoInput input) => new()
    {
        LineItems = input.LineItems(),
        DueDate = input.Date("due_date"),
        PaymentTerms = input.Integer("payment_terms"),
        ReferenceNumber = input.Text("reference_number"),
        Notes = input.Text("notes"),
        CustomFields = input.CustomFields(),
    };
}
