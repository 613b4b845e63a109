using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks;

public sealed partial class ZohoBooksClient
{
    /// <summary>
    /// Bill numbers are unique per vendor in Zoho, so with an idempotency key an existing bill of that number
    /// and vendor is returned instead of failing with code 1001 on the retry.
    /// </summary>
    public async Task<ZohoBill> CreateBillAsync(ZohoTransactionInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.VendorId, nameof(input));
        ArgumentException.ThrowIfNullOrWhiteSpace(input.BillNumber, nameof(input));
        if (idempotencyKey is not null)
        {
            var query = new ZohoQuery().Add("vendor_id", input.VendorId).Add("bill_number", input.BillNumber.Trim());
            await foreach (var bill in ListAsync<ZohoBill>("bills", "bills", query, cancellationToken))
            {
                if (bill.VendorId == input.VendorId && string.Equals(bill.BillNumber, input.BillNumber.Trim(), StringComparison.Ordinal))
                {
                    return await GetBillAsync(bill.BillId, cancellationToken);
                }
            }
        }

        return await PostAsync<ZohoBill>("bills", "bill", input, null, cancellationToken);
    }

    /// <summary>Lists bills; status <c>unpaid</c> gives bills due, <c>overdue</c> those past their due date.</summary>
    public IAsyncEnumerable<ZohoBill> ListBillsAsync(ZohoListFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoBill>("bills", "bills", Query(filter), cancellationToken);

    public Task<ZohoBill> GetBillAsync(string billId, CancellationToken cancellationToken = default) =>
        GetAsync<ZohoBill>($"bills/{Id(billId)}", "bill", null, cancellationToken);

    public async Task<ZohoVendorPayment> CreateVendorPaymentAsync(ZohoVendorPaymentInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (idempotencyKey is null)
        {
            return await PostAsync<ZohoVendorPayment>("vendorpayments", "vendorpayment", input, null, cancellationToken);
        }

        var marker = ZohoIdempotency.Marker(idempotencyKey);
        var existing = await FindByMarkerAsync<ZohoVendorPayment>("vendorpayments", "vendorpayments", marker, p => p.ReferenceNumber, new ZohoQuery().Add("vendor_id", input.VendorId), cancellationToken);
        return existing ?? await PostAsync<ZohoVendorPayment>(
            "vendorpayments", "vendorpayment", input with { ReferenceNumber = ZohoIdempotency.Reference(input.ReferenceNumber, marker) }, null, cancellationToken);
    }

    public async Task<ZohoExpense> CreateExpenseAsync(ZohoExpenseInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (idempotencyKey is null)
        {
            return await PostAsync<ZohoExpense>("expenses", "expense", input, null, cancellationToken);
        }

        var marker = ZohoIdempotency.Marker(idempotencyKey);
        var narrowing = new ZohoQuery().Add("date", input.Date);
        var existing = await FindByMarkerAsync<ZohoExpense>("expenses", "expenses", marker, e => e.ReferenceNumber, narrowing, cancellationToken);
        return existing ?? await PostAsync<ZohoExpense>(
            "expenses", "expense", input with { ReferenceNumber = ZohoIdempotency.Reference(input.ReferenceNumber, marker) }, null, cancellationToken);
    }

    public IAsyncEnumerable<ZohoExpense> ListExpensesAsync(ZohoListFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoExpense>("expenses", "expenses", Query(filter), cancellationToken);

    public async Task<ZohoPurchaseOrder> CreatePurchaseOrderAsync(ZohoTransactionInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (idempotencyKey is null)
        {
            return await PostAsync<ZohoPurchaseOrder>("purchaseorders", "purchaseorder", input, null, cancellationToken);
        }

        var marker = ZohoIdempotency.Marker(idempotencyKey);
        var existing = await FindByMarkerAsync<ZohoPurchaseOrder>("purchaseorders", "purchaseorders", marker, o => o.ReferenceNumber, new ZohoQuery().Add("vendor_id", input.VendorId), cancellationToken);
        return existing ?? await PostAsync<ZohoPurchaseOrder>(
            "purchaseorders", "purchaseorder", input with { ReferenceNumber = ZohoIdempotency.Reference(input.ReferenceNumber, marker) }, null, cancellationToken);
    }

    public IAsyncEnumerable<ZohoPurchaseOrder> ListPurchaseOrdersAsync(ZohoListFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoPurchaseOrder>("purchaseorders", "purchaseorders", Query(filter), cancellationToken);
}
