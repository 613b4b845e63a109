using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Salesforce.Api;
using FlowStudio.Sandbox.Salesforce.Data;
using FlowStudio.Sandbox.Salesforce.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Salesforce;

public static class SalesforceSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the OAuth token endpoint and the REST API under <c>/sandbox/salesforce/services/…</c> (anonymous to ASP.NET
    /// Core; they check Salesforce sessions) and the admin endpoints (reset, faults, expire sessions, insert records) under
    /// <c>/sandbox/salesforce/_admin</c>, which need <paramref name="adminPolicy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapSalesforceSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapPost(SalesforceSandboxDemo.TokenPath, SalesforceTokenEndpoint.HandleAsync)
            .AllowAnonymous().DisableAntiforgery().WithName("SalesforceSandboxToken").WithTags("Salesforce sandbox");
        var data = routes.MapGroup(SalesforceSandboxDemo.DataPath + "/{version}").AllowAnonymous().DisableAntiforgery().WithTags("Salesforce sandbox");
        data.MapGet("/", (string version, HttpContext http, SalesforceSessions sessions) =>
            SalesforceGuard.Check(http, version, sessions) ?? TypedResults.Json(new Dictionary<string, string>
            {
                ["sobjects"] = $"/services/data/{version}/sobjects",
                ["query"] = $"/services/data/{version}/query",
                ["limits"] = $"/services/data/{version}/limits",
            })).WithName("SalesforceSandboxResources");
        data.MapGet("/query", SalesforceQueryEndpoints.QueryAsync).WithName("SalesforceSandboxQuery");
        data.MapGet("/query/{locator}", SalesforceQueryEndpoints.QueryMore).WithName("SalesforceSandboxQueryMore");
        data.MapGet("/sobjects/{type}/{id}", SalesforceSObjectEndpoints.GetAsync).WithName("SalesforceSandboxGetRecord");
        data.MapPatch("/sobjects/{type}/{id}", SalesforceSObjectEndpoints.PatchAsync).WithName("SalesforceSandboxPatchRecord");

        var admin = routes.MapGroup(SalesforceSandboxDemo.BasePath + "/_admin").RequireAuthorization(adminPolicy).WithTags("Salesforce sandbox admin");
        admin.MapPost("/reset", async (SalesforceStore store, SalesforceSessions sessions, CancellationToken ct) =>
        {
            await store.ResetAsync(ct);
            sessions.Reset();
            return TypedResults.NoContent();
        }).WithName("SalesforceSandboxReset");
        admin.MapGet("/faults", (SalesforceSessions sessions) => TypedResults.Ok(sessions.Faults)).WithName("SalesforceSandboxGetFaults");
        admin.MapPut("/faults", (SalesforceFaultSettings settings, SalesforceSessions sessions) =>
        {
            sessions.Faults = settings;
            return TypedResults.Ok(settings);
        }).WithName("SalesforceSandboxPutFaults");
        admin.MapPost("/sessions/expire", (SalesforceSessions sessions) =>
        {
            sessions.ExpireAll();
            return TypedResults.NoContent();
        }).WithName("SalesforceSandboxExpireSessions");
        admin.MapPost("/records/{type}", async Task<IResult> (string type, JsonObject fields, SalesforceStore store, CancellationToken ct) =>
            SalesforceSchema.Find(type) is { } sobject
                ? TypedResults.Ok(new { id = await store.InsertAsync(sobject, fields, ct) })
                : SalesforceErrors.NotFound()).WithName("SalesforceSandboxInsertRecord");
        return routes;
    }
}
