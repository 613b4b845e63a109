using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Taxes;

public static class TaxEndpoints
{
    private static readonly Dictionary<string, Func<Tax, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["tax_name"] = t => t.TaxName, ["tax_percentage"] = t => t.TaxPercentage,
    };

    public static void MapTaxes(this RouteGroupBuilder api)
    {
        api.MapGet("/settings/taxes", ListAsync).WithName("ZohoSandboxListTaxes");
        api.MapGet("/settings/taxes/{taxId}", GetAsync).WithName("ZohoSandboxGetTax");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var taxes = await db.Taxes.AsNoTracking().ToListAsync(cancellationToken);
        var (sorted, column, order) = query.Sort(taxes, SortColumns, "tax_name", "A");
        return ZohoResults.List("taxes", query.Page(sorted.Select(Project), "Taxes", "Status.All", column, order));
    }

    public static async Task<IResult> GetAsync(string taxId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var tax = await db.Taxes.FindAsync([ZohoIds.Parse(taxId, "tax_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Tax");
        return ZohoResults.Ok("success", "tax", Project(tax));
    }

    private static Dictionary<string, object?> Project(Tax t) => new()
    {
        ["tax_id"] = ZohoJson.Id(t.Id),
        ["tax_name"] = t.TaxName,
        ["tax_percentage"] = t.TaxPercentage,
        ["tax_type"] = t.TaxType,
        ["is_default_tax"] = t.IsDefaultTax,
    };
}
