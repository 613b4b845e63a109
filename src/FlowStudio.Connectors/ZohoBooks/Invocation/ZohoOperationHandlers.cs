using System.Collections.Frozen;
using FlowStudio.Connectors.ZohoBooks.Catalog;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>Every declared Zoho Books operation mapped onto the typed client, one partial file per group of modules.</summary>
internal static partial class ZohoOperationHandlers
{
    private static readonly Lazy<FrozenDictionary<string, ZohoOperationHandler>> Handlers = new(() =>
        new[] { Contacts(), ContactChanges(), Invoices(), Receivables(), Payables(), Accounting() }
            .SelectMany(group => group)
            .ToFrozenDictionary(h => ZohoBooksOperations.Connector + "." + h.Operation, StringComparer.Ordinal));

    /// <summary>Keys (<c>zoho-books.…</c>) of every operation with a handler.</summary>
    public static IReadOnlyCollection<string> Keys => Handlers.Value.Keys;

    public static ZohoOperationHandler? Find(string operationKey) => Handlers.Value.GetValueOrDefault(operationKey);

    private static ZohoListFilter Filter(ZohoInput input) => new()
    {
        Status = input.Text("status"),
        CustomerId = input.Text("customer_id"),
        VendorId = input.Text("vendor_id"),
        ReferenceNumber = input.Text("reference_number"),
        DateStart = input.Date("date_start"),
        DateEnd = input.Date("date_end"),
        DueDateStart = input.Date("due_date_start"),
        DueDateEnd = input.Date("due_date_end"),
    };

    private static IReadOnlyList<ZohoAppliedInvoice>? AppliedInvoices(ZohoInput input) =>
        input.Fields.Objects("invoices", ["invoice_id", "amount_applied"], row => new ZohoAppliedInvoice
        {
            InvoiceId = row.RequiredText("invoice_id"),
            AmountApplied = row.RequiredDecimal("amount_applied"),
        });
}
