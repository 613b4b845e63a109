using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.SalesOrders;

public static class SalesOrderEndpoints
{
    public static void MapSalesOrders(this RouteGroupBuilder api)
    {
        api.MapGet("/salesorders", ListAsync).WithName("ZohoSandboxListSalesOrders");
        api.MapGet("/salesorders/{salesorderId}", GetAsync).WithName("ZohoSandboxGetSalesOrder");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var orders = await db.SalesOrders.AsNoTracking().ToListAsync(cancellationToken);
        var page = DocumentEndpointHelpers.List(new ZohoListQuery(request.Query), orders, "customer", "Sales Orders", o => o.Status, o => Project(o, detail: false));
        return ZohoResults.List("salesorders", page);
    }

    public static async Task<IResult> GetAsync(string salesorderId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.SalesOrders.FindAsync([ZohoIds.Parse(salesorderId, "salesorder_id")], cancellationToken)
            ?? throw ZohoApiException.NotFound("Sales order");
        return ZohoResults.Ok("success", "salesorder", Project(order, detail: true));
    }

    private static Dictionary<string, object?> Project(SalesOrder order, bool detail)
    {
        var json = DocumentJson.Build(order, "salesorder", "customer", order.Status, detail);
        json["shipment_date"] = DocumentJson.Date(order.ShipmentDate);
        return json;
    }
}
