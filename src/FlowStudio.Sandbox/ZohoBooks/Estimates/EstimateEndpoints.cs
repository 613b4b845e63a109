using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Estimates;

public static class EstimateEndpoints
{
    public static void MapEstimates(this RouteGroupBuilder api)
    {
        api.MapGet("/estimates", ListAsync).WithName("ZohoSandboxListEstimates");
        api.MapGet("/estimates/{estimateId}", GetAsync).WithName("ZohoSandboxGetEstimate");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var estimates = await db.Estimates.AsNoTracking().ToListAsync(cancellationToken);
        var page = DocumentEndpointHelpers.List(new ZohoListQuery(request.Query), estimates, "customer", "Estimates", e => e.Status, e => Project(e, detail: false));
        return ZohoResults.List("estimates", page);
    }

    public static async Task<IResult> GetAsync(string estimateId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var estimate = await db.Estimates.FindAsync([ZohoIds.Parse(estimateId, "estimate_id")], cancellationToken)
            ?? throw ZohoApiException.NotFound("Estimate");
        return ZohoResults.Ok("success", "estimate", Project(estimate, detail: true));
    }

    private static Dictionary<string, object?> Project(Estimate estimate, bool detail)
    {
        var json = DocumentJson.Build(estimate, "estimate", "customer", estimate.Status, detail);
        json["expiry_date"] = DocumentJson.Date(estimate.ExpiryDate);
        return json;
    }
}
