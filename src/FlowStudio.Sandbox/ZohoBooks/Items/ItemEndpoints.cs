using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Items;

public static class ItemEndpoints
{
    private static readonly Dictionary<string, Func<Item, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["name"] = i => i.Name, ["rate"] = i => i.Rate, ["sku"] = i => i.Sku,
    };

    public static void MapItems(this RouteGroupBuilder api)
    {
        api.MapGet("/items", ListAsync).WithName("ZohoSandboxListItems");
        api.MapGet("/items/{itemId}", GetAsync).WithName("ZohoSandboxGetItem");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var items = await db.Items.AsNoTracking().ToListAsync(cancellationToken);
        var matching = items.Where(i => query.Text(i.Name, "name") && query.Text(i.Description, "description") && query.Text(i.Sku, "sku"));
        var (sorted, column, order) = query.Sort(matching, SortColumns, "name", "A");
        return ZohoResults.List("items", query.Page(sorted.Select(Project), "Items", query.Get("filter_by") ?? "Status.All", column, order));
    }

    public static async Task<IResult> GetAsync(string itemId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var item = await db.Items.FindAsync([ZohoIds.Parse(itemId, "item_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Item");
        return ZohoResults.Ok("success", "item", Project(item));
    }

    private static Dictionary<string, object?> Project(Item i) => new()
    {
        ["item_id"] = ZohoJson.Id(i.Id),
        ["name"] = i.Name,
        ["status"] = i.Status,
        ["description"] = i.Description,
        ["rate"] = i.Rate,
        ["sku"] = i.Sku,
        ["tax_id"] = i.TaxId is { } tax ? ZohoJson.Id(tax) : string.Empty,
        ["account_id"] = i.AccountId is { } account ? ZohoJson.Id(account) : string.Empty,
        ["product_type"] = i.ProductType,
    };
}
