using System.Text.Json;
using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks;

public sealed partial class ZohoBooksClient
{
    /// <summary>The organisations the token's user belongs to (for the connection's organisation picker and its test).</summary>
    public Task<List<ZohoOrganization>> ListOrganizationsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<ZohoOrganization>>("organizations", "organizations", null, cancellationToken);

    public IAsyncEnumerable<ZohoAccount> ListAccountsAsync(CancellationToken cancellationToken = default) =>
        ListAsync<ZohoAccount>("chartofaccounts", "chartofaccounts", null, cancellationToken);

    public IAsyncEnumerable<ZohoItem> ListItemsAsync(CancellationToken cancellationToken = default) =>
        ListAsync<ZohoItem>("items", "items", null, cancellationToken);

    public IAsyncEnumerable<ZohoTax> ListTaxesAsync(CancellationToken cancellationToken = default) =>
        ListAsync<ZohoTax>("settings/taxes", "taxes", null, cancellationToken);

    public async Task<ZohoJournal> CreateJournalAsync(ZohoJournalInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (idempotencyKey is null)
        {
            return await PostAsync<ZohoJournal>("journals", "journal", input, null, cancellationToken);
        }

        var marker = ZohoIdempotency.Marker(idempotencyKey);
        var existing = await FindByMarkerAsync<ZohoJournal>("journals", "journals", marker, j => j.ReferenceNumber, new ZohoQuery().Add("date", input.JournalDate), cancellationToken);
        return existing ?? await PostAsync<ZohoJournal>(
            "journals", "journal", input with { ReferenceNumber = ZohoIdempotency.Reference(input.ReferenceNumber, marker) }, null, cancellationToken);
    }

    public IAsyncEnumerable<ZohoJournal> ListJournalsAsync(ZohoListFilter? filter = null, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoJournal>("journals", "journals", Query(filter), cancellationToken);

    /// <summary>Zoho's (unofficial) AR aging summary: per-customer buckets by days past due.</summary>
    public async Task<ZohoArAgingSummary> GetArAgingSummaryAsync(ZohoArAgingQuery? query = null, CancellationToken cancellationToken = default)
    {
        var root = await GetAsync<JsonElement>("reports/aragingsummary", "aragingsummary", AgingQuery(query), cancellationToken);
        var columns = root.GetProperty("columns").Deserialize<List<string>>(ZohoBooksJson.Options) ?? [];
        var customers = root.GetProperty("customers").EnumerateArray().Select(row => new ZohoArAgingCustomer(
            row.GetProperty("customer_id").GetString() ?? string.Empty,
            row.GetProperty("customer_name").GetString() ?? string.Empty,
            columns.ToDictionary(c => c, c => row.TryGetProperty(c, out var amount) ? amount.GetDecimal() : 0m, StringComparer.Ordinal),
            row.GetProperty("total").GetDecimal(),
            row.TryGetProperty("currency_code", out var currency) ? currency.GetString() : null)).ToList();
        var totals = root.GetProperty("totals").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal(), StringComparer.Ordinal);
        var asOf = root.GetProperty("as_of_date").Deserialize<DateOnly?>(ZohoBooksJson.Options) ?? DateOnly.MinValue;
        return new ZohoArAgingSummary(asOf, columns, customers, totals);
    }

    public IAsyncEnumerable<ZohoArAgingDetail> ListArAgingDetailsAsync(ZohoArAgingQuery? query = null, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoArAgingDetail>("reports/aragingdetails", "aragingdetails", AgingQuery(query), cancellationToken);

    private static ZohoQuery AgingQuery(ZohoArAgingQuery? query) => new ZohoQuery()
        .Add("date", query?.Date)
        .Add("interval_range", query?.IntervalRange)
        .Add("number_of_columns", query?.NumberOfColumns)
        .Add("customer_id", query?.CustomerId);
}
