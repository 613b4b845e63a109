using System.Text.Json;
using FlowStudio.Sandbox.ZohoBooks.Faults;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.ZohoBooks.Admin;

public static class ZohoAdminEndpoints
{
    public static void MapZohoAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/reset", ResetAsync).WithName("ZohoSandboxReset").WithSummary("Drops the sandbox data and re-seeds the demo organisation.");
        admin.MapGet("/faults", GetFaults).WithName("ZohoSandboxGetFaults");
        admin.MapPut("/faults", PutFaultsAsync).WithName("ZohoSandboxPutFaults").WithSummary("Replaces the injected faults (latency, 5xx, 429, hangs).");
        admin.MapGet("/credentials", GetCredentials).WithName("ZohoSandboxCredentials").WithSummary("The demo app's client id/secret and refresh token.");
    }

    public static async Task<JsonHttpResult<Dictionary<string, object?>>> ResetAsync(ZohoSandboxStore store, ZohoRateLimiter rateLimiter, CancellationToken cancellationToken)
    {
        await store.ResetAsync(cancellationToken);
        rateLimiter.Reset();
        return ZohoResults.Ok("The sandbox has been reset.");
    }

    public static JsonHttpResult<ZohoFaultSettings> GetFaults(ZohoFaultInjector faults) => TypedResults.Json(faults.Settings, ZohoJson.Options);

    /// <summary>Reads the body with Zoho's snake_case options rather than the host app's JSON settings.</summary>
    public static async Task<Results<JsonHttpResult<ZohoFaultSettings>, JsonHttpResult<Dictionary<string, object?>>>> PutFaultsAsync(
        HttpRequest request,
        ZohoFaultInjector faults,
        CancellationToken cancellationToken)
    {
        ZohoFaultSettings? settings;
        try
        {
            settings = await request.ReadFromJsonAsync<ZohoFaultSettings>(ZohoJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            settings = null;
        }

        if (settings is null)
        {
            return ZohoResults.Error(StatusCodes.Status400BadRequest, ZohoErrorCodes.JsonNotWellFormed, "JSON is not well formed");
        }

        if (settings.LatencyMs < 0 || settings.HangMs < 0 || settings.FailNextRequests < 0 || settings.ThrottleNextRequests < 0 || settings.HangNextRequests < 0)
        {
            return ZohoResults.Error(StatusCodes.Status400BadRequest, ZohoErrorCodes.InvalidValue, "Fault counts and durations cannot be negative.");
        }

        if (settings.ErrorProbability is < 0 or > 1 || settings.ThrottleProbability is < 0 or > 1)
        {
            return ZohoResults.Error(StatusCodes.Status400BadRequest, ZohoErrorCodes.InvalidValue, "Probabilities must be between 0 and 1.");
        }

        if (settings.ErrorStatusCode is < 500 or > 599)
        {
            return ZohoResults.Error(StatusCodes.Status400BadRequest, ZohoErrorCodes.InvalidValue, "Invalid value passed for error_status_code");
        }

        faults.Set(settings);
        return TypedResults.Json(settings, ZohoJson.Options);
    }

    public static JsonHttpResult<ZohoSandboxCredentials> GetCredentials(HttpRequest request, IOptions<ZohoSandboxOptions> options)
    {
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var o = options.Value;
        return TypedResults.Json(
            new ZohoSandboxCredentials(o.ClientId, o.ClientSecret, o.RefreshToken, o.OrganizationId, baseUrl + ZohoSandboxDemo.AccountsPath, baseUrl + ZohoSandboxDemo.ApiDomainPath),
            ZohoJson.Options);
    }
}
