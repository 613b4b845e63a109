using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks;

public sealed partial class ZohoBooksClient
{
    /// <summary>Records a payment against one or more invoices; idempotent through the reference marker.</summary>
    public async Task<ZohoCustomerPayment> CreateCustomerPaymentAsync(ZohoCustomerPaymentInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (idempotencyKey is null)
        {
            return await PostAsync<ZohoCustomerPayment>("customerpayments", "payment", input, null, cancellationToken);
        }

        var marker = ZohoIdempotency.Marker(idempotencyKey);
        var existing = await FindByMarkerAsync<ZohoCustomerPayment>("customerpayments", "customerpayments", marker, p => p.ReferenceNumber, new ZohoQuery().Add("customer_id", input.CustomerId), cancellationToken);
        return existing ?? await PostAsync<ZohoCustomerPayment>(
            "customerpayments", "payment", input with { ReferenceNumber = ZohoIdempotency.Reference(input.ReferenceNumber, marker) }, null, cancellationToken);
    }

    public IAsyncEnumerable<ZohoCustomerPayment> ListCustomerPaymentsAsync(ZohoListFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoCustomerPayment>("customerpayments", "customerpayments", Query(filter), cancellationToken);

    public async Task<ZohoSalesReceipt> CreateSalesReceiptAsync(ZohoTransactionInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (idempotencyKey is null)
        {
            return await PostAsync<ZohoSalesReceipt>("salesreceipts", "sales_receipt", input, null, cancellationToken);
        }

        var marker = ZohoIdempotency.Marker(idempotencyKey);
        var existing = await FindByMarkerAsync<ZohoSalesReceipt>("salesreceipts", "sales_receipts", marker, r => r.ReferenceNumber, new ZohoQuery().Add("customer_id", input.CustomerId), cancellationToken);
        return existing ?? await PostAsync<ZohoSalesReceipt>(
            "salesreceipts", "sales_receipt", input with { ReferenceNumber = ZohoIdempotency.Reference(input.ReferenceNumber, marker) }, null, cancellationToken);
    }

    public IAsyncEnumerable<ZohoEstimate> ListEstimatesAsync(ZohoListFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoEstimate>("estimates", "estimates", Query(filter), cancellationToken);

    public Task<ZohoEstimate> GetEstimateAsync(string estimateId, CancellationToken cancellationToken = default) =>
        GetAsync<ZohoEstimate>($"estimates/{Id(estimateId)}", "estimate", null, cancellationToken);

    public IAsyncEnumerable<ZohoSalesOrder> ListSalesOrdersAsync(ZohoListFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoSalesOrder>("salesorders", "salesorders", Query(filter), cancellationToken);

    public Task<ZohoSalesOrder> GetSalesOrderAsync(string salesOrderId, CancellationToken cancellationToken = default) =>
        GetAsync<ZohoSalesOrder>($"salesorders/{Id(salesOrderId)}", "salesorder", null, cancellationToken);

    public async Task<ZohoCreditNote> CreateCreditNoteAsync(ZohoTransactionInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (idempotencyKey is null)
        {
            return await PostAsync<ZohoCreditNote>("creditnotes", "creditnote", input, null, cancellationToken);
        }

        var marker = ZohoIdempotency.Marker(idempotencyKey);
        var existing = await FindByMarkerAsync<ZohoCreditNote>("creditnotes", "creditnotes", marker, n => n.ReferenceNumber, new ZohoQuery().Add("customer_id", input.CustomerId), cancellationToken);
        return existing is not null
            ? await GetCreditNoteAsync(existing.CreditnoteId, cancellationToken)
            : await PostAsync<ZohoCreditNote>("creditnotes", "creditnote", input with { ReferenceNumber = ZohoIdempotency.Reference(input.ReferenceNumber, marker) }, null, cancellationToken);
    }

    public Task<ZohoCreditNote> GetCreditNoteAsync(string creditNoteId, CancellationToken cancellationToken = default) =>
        GetAsync<ZohoCreditNote>($"creditnotes/{Id(creditNoteId)}", "creditnote", null, cancellationToken);

    /// <summary>Applies credit to invoices; Zoho answers code 24016/24017 when an amount exceeds a balance.</summary>
    public async Task<IReadOnlyList<ZohoAppliedInvoice>> ApplyCreditNoteAsync(
        string creditNoteId,
        IReadOnlyList<ZohoAppliedInvoice> invoices,
        CancellationToken cancellationToken = default)
    {
        var applied = await PostAsync<AppliedInvoices>($"creditnotes/{Id(creditNoteId)}/invoices", "apply_to_invoices", new AppliedInvoices(invoices), null, cancellationToken);
        return applied.Invoices;
    }

    private static ZohoQuery Query(ZohoListFilter? filter) => new ZohoQuery()
        .Add("status", filter?.Status)
        .Add("customer_id", filter?.CustomerId)
        .Add("vendor_id", filter?.VendorId)
        .Add("reference_number", filter?.ReferenceNumber)
        .Add("date_start", filter?.DateStart)
        .Add("date_end", filter?.DateEnd)
        .Add("due_date_start", filter?.DueDateStart)
        .Add("due_date_end", filter?.DueDateEnd)
        .Add("search_text", filter?.SearchText);

    private sealed record AppliedInvoices(IReadOnlyList<ZohoAppliedInvoice> Invoices);
}
