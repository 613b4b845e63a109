using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Invoices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Reports;

/// <summary>
/// AR aging, an endpoint third-party clients use but the public reference omits: parameters as observed
/// (<c>date</c>, <c>interval_range</c>, <c>number_of_columns</c>, <c>customer_id</c>); the body keys are a
/// sandbox choice. Balances are today's balances of invoices dated on or before <c>date</c>.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/aragingsummary", SummaryAsync).WithName("ZohoSandboxArAgingSummary");
        api.MapGet("/reports/aragingdetails", DetailsAsync).WithName("ZohoSandboxArAgingDetails");
    }

    public static async Task<IResult> SummaryAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var buckets = AgingBuckets.From(query);
        var (asOf, invoices) = await OutstandingAsync(query, db, time, cancellationToken);
        var rows = invoices
            .GroupBy(i => (i.ContactId, i.ContactName, i.CurrencyCode))
            .OrderBy(g => g.Key.ContactName, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var row = new Dictionary<string, object?> { ["customer_id"] = ZohoJson.Id(g.Key.ContactId), ["customer_name"] = g.Key.ContactName };
                foreach (var key in buckets.Keys)
                {
                    row[key] = g.Where(i => buckets.KeyFor(asOf.DayNumber - i.DueDate.DayNumber) == key).Sum(i => i.Balance);
                }

                row["total"] = g.Sum(i => i.Balance);
                row["currency_code"] = g.Key.CurrencyCode;
                return row;
            })
            .ToList();
        var totals = buckets.Keys.ToDictionary(k => k, k => (object?)rows.Sum(r => (decimal)r[k]!));
        totals["total"] = rows.Sum(r => (decimal)r["total"]!);
        return ZohoResults.Ok("success", "aragingsummary", new Dictionary<string, object?>
        {
            ["as_of_date"] = ZohoJson.Date(asOf),
            ["columns"] = buckets.Keys,
            ["customers"] = rows,
            ["totals"] = totals,
        });
    }

    public static async Task<IResult> DetailsAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var buckets = AgingBuckets.From(query);
        var (asOf, invoices) = await OutstandingAsync(query, db, time, cancellationToken);
        var rows = invoices
            .OrderBy(i => i.DueDate)
            .ThenBy(i => i.Number, StringComparer.Ordinal)
            .Select(i => new Dictionary<string, object?>
            {
                ["invoice_id"] = ZohoJson.Id(i.Id),
                ["invoice_number"] = i.Number,
                ["customer_id"] = ZohoJson.Id(i.ContactId),
                ["customer_name"] = i.ContactName,
                ["date"] = ZohoJson.Date(i.Date),
                ["due_date"] = ZohoJson.Date(i.DueDate),
                ["days_overdue"] = Math.Max(0, asOf.DayNumber - i.DueDate.DayNumber),
                ["aging_bucket"] = buckets.KeyFor(asOf.DayNumber - i.DueDate.DayNumber),
                ["status"] = InvoiceStatus.Effective(i, asOf),
                ["total"] = i.Total,
                ["balance"] = i.Balance,
                ["currency_code"] = i.CurrencyCode,
            });
        var page = query.Page(rows, "AR Aging Details", "InvoiceDueDate.Today", "due_date", "A");
        return ZohoResults.List("aragingdetails", page);
    }

    private static async Task<(DateOnly AsOf, List<Invoice> Invoices)> OutstandingAsync(
        ZohoListQuery query,
        ZohoSandboxDbContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var asOf = query.DateParam("date") ?? time.Today();
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.Status == "sent").ToListAsync(cancellationToken);
        return (asOf, invoices.Where(i => InvoiceStatus.IsOutstanding(i) && i.Date <= asOf && query.Id(i.ContactId, "customer_id")).ToList());
    }
}
