using FlowStudio.Sandbox.Google;
using FlowStudio.Sandbox.GoogleSheets.Api;
using FlowStudio.Sandbox.GoogleSheets.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.GoogleSheets;

public static class GoogleSheetsSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the token endpoint and the Sheets API (anonymous to ASP.NET Core; they check Google bearer tokens) and
    /// the admin endpoints (reset, faults, spreadsheets) under <c>/sandbox/sheets/_admin</c>, which need <paramref name="adminPolicy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapGoogleSheetsSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapPost(GoogleSheetsSandboxDemo.TokenPath, (HttpRequest request, GoogleSandboxTokens tokens, CancellationToken ct) =>
                GoogleTokenEndpoint.HandleAsync(request, tokens, GoogleSheetsSandboxDemo.ClientId, GoogleSheetsSandboxDemo.ClientSecret, GoogleSheetsSandboxDemo.RefreshToken, GoogleSheetsSandboxDemo.Scope, ct))
            .AllowAnonymous().DisableAntiforgery().WithName("SheetsSandboxToken").WithTags("Google Sheets sandbox");
        routes.MapGroup(GoogleSheetsSandboxDemo.ApiPath).AllowAnonymous().DisableAntiforgery().WithTags("Google Sheets sandbox").MapSheetsApi();

        var admin = routes.MapGroup(GoogleSheetsSandboxDemo.BasePath + "/_admin").RequireAuthorization(adminPolicy).WithTags("Google Sheets sandbox admin");
        admin.MapPost("/reset", async (SheetsWorkbook workbook, SheetsFaults faults, GoogleMinuteLimiter limiter, CancellationToken ct) =>
        {
            await workbook.ResetAsync(ct);
            faults.Set(new GoogleFaultSettings());
            limiter.Reset();
            return TypedResults.NoContent();
        }).WithName("SheetsSandboxReset");
        admin.MapGet("/faults", (SheetsFaults faults) => TypedResults.Ok(faults.Settings)).WithName("SheetsSandboxGetFaults");
        admin.MapPut("/faults", (GoogleFaultSettings settings, SheetsFaults faults) =>
        {
            faults.Set(settings);
            return TypedResults.Ok(settings);
        }).WithName("SheetsSandboxPutFaults");
        admin.MapGet("/spreadsheets", async (SheetsWorkbook workbook, CancellationToken ct) =>
            TypedResults.Ok((await workbook.ListAsync(ct)).Select(s => new { s.Id, s.Title, Sheets = s.Sheets.Select(t => t.Title) })))
            .WithName("SheetsSandboxSpreadsheets");
        return routes;
    }
}
