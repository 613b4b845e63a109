using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.PurchaseOrders;

public static class PurchaseOrderEndpoints
{
    public static void MapPurchaseOrders(this RouteGroupBuilder api)
    {
        api.MapGet("/purchaseorders", ListAsync).WithName("ZohoSandboxListPurchaseOrders");
        api.MapGet("/purchaseorders/{purchaseorderId}", GetAsync).WithName("ZohoSandboxGetPurchaseOrder");
        api.MapPost("/purchaseorders", CreateAsync).WithName("ZohoSandboxCreatePurchaseOrder");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var orders = await db.PurchaseOrders.AsNoTracking().ToListAsync(cancellationToken);
        var page = DocumentEndpointHelpers.List(new ZohoListQuery(request.Query), orders, "vendor", "Purchase Orders", o => o.Status, o => Project(o, detail: false));
        return ZohoResults.List("purchaseorders", page);
    }

    public static async Task<IResult> GetAsync(string purchaseorderId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.PurchaseOrders.FindAsync([ZohoIds.Parse(purchaseorderId, "purchaseorder_id")], cancellationToken)
            ?? throw ZohoApiException.NotFound("Purchase order");
        return ZohoResults.Ok("success", "purchaseorder", Project(order, detail: true));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<DocumentRequest>(request, cancellationToken);
        var order = new PurchaseOrder { Status = "open", DeliveryDate = body.DeliveryDate };
        await DocumentEndpointHelpers.InitializeAsync(db, order, body, "vendor_id", time, cancellationToken);
        order.Number = $"PO-{await db.NextAsync("purchaseorder", cancellationToken):D5}";
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The purchase order has been created.", "purchaseorder", Project(order, detail: true));
    }

    private static Dictionary<string, object?> Project(PurchaseOrder order, bool detail)
    {
        var json = DocumentJson.Build(order, "purchaseorder", "vendor", order.Status, detail);
        json["delivery_date"] = DocumentJson.Date(order.DeliveryDate);
        return json;
    }
}
