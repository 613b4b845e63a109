using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks;

public sealed partial class ZohoBooksClient
{
    public IAsyncEnumerable<ZohoInvoice> ListInvoicesAsync(ZohoInvoiceFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var query = new ZohoQuery()
            .Add("status", filter?.Status)
            .Add("customer_id", filter?.CustomerId)
            .Add("customer_name_contains", filter?.CustomerName)
            .Add("reference_number", filter?.ReferenceNumber)
            .Add("date_start", filter?.DateStart)
            .Add("date_end", filter?.DateEnd)
            .Add("due_date_start", filter?.DueDateStart)
            .Add("due_date_end", filter?.DueDateEnd)
            .Add("search_text", filter?.SearchText)
            .Add("sort_column", filter?.SortColumn);
        return ListAsync<ZohoInvoice>("invoices", "invoices", query, cancellationToken);
    }

    public Task<ZohoPage<ZohoInvoice>> ListInvoicesPageAsync(int page, int perPage, CancellationToken cancellationToken = default) =>
        ListPageAsync<ZohoInvoice>("invoices", "invoices", null, page, perPage, cancellationToken);

    public Task<ZohoInvoice> GetInvoiceAsync(string invoiceId, CancellationToken cancellationToken = default) =>
        GetAsync<ZohoInvoice>($"invoices/{Id(invoiceId)}", "invoice", null, cancellationToken);

    /// <summary>Creates a draft (or sent, with <paramref name="send"/>) invoice; idempotent through the reference marker.</summary>
    public async Task<ZohoInvoice> CreateInvoiceAsync(
        ZohoInvoiceInput input,
        string? idempotencyKey = null,
        bool send = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.CustomerId, nameof(input));
        var query = new ZohoQuery().Add("send", send ? true : null);
        if (idempotencyKey is null)
        {
            return await PostAsync<ZohoInvoice>("invoices", "invoice", input, query, cancellationToken);
        }

        var marker = ZohoIdempotency.Marker(idempotencyKey);
        var existing = await FindByMarkerAsync<ZohoInvoice>("invoices", "invoices", marker, i => i.ReferenceNumber, new ZohoQuery().Add("customer_id", input.CustomerId), cancellationToken);
        return existing is not null
            ? await GetInvoiceAsync(existing.InvoiceId, cancellationToken)
            : await PostAsync<ZohoInvoice>("invoices", "invoice", input with { ReferenceNumber = ZohoIdempotency.Reference(input.ReferenceNumber, marker) }, query, cancellationToken);
    }

    /// <summary>Partial update: terms, due date, line items (sending them replaces all lines), reference, custom fields.</summary>
    public Task<ZohoInvoice> UpdateInvoiceAsync(string invoiceId, ZohoInvoiceInput input, CancellationToken cancellationToken = default) =>
        PutAsync<ZohoInvoice>($"invoices/{Id(invoiceId)}", "invoice", input, cancellationToken);

    public Task<ZohoActionResult> MarkInvoiceSentAsync(string invoiceId, CancellationToken cancellationToken = default) =>
        ActionAsync($"invoices/{Id(invoiceId)}/status/sent", null, cancellationToken);

    public Task<ZohoActionResult> VoidInvoiceAsync(string invoiceId, CancellationToken cancellationToken = default) =>
        ActionAsync($"invoices/{Id(invoiceId)}/status/void", null, cancellationToken);

    public Task<ZohoActionResult> EmailInvoiceAsync(string invoiceId, ZohoInvoiceEmail? email = null, CancellationToken cancellationToken = default) =>
        ActionAsync($"invoices/{Id(invoiceId)}/email", email ?? new ZohoInvoiceEmail(), cancellationToken);
}
