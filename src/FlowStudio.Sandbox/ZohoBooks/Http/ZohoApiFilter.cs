using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Auth;
using FlowStudio.Sandbox.ZohoBooks.Faults;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>
/// What the real Books API does before any handler runs, in its order: injected faults, the
/// <c>Zoho-oauthtoken</c> check, <c>organization_id</c>, the per-minute limit; then Zoho's error envelope
/// for anything a handler throws.
/// </summary>
public sealed partial class ZohoApiFilter(
    ZohoFaultInjector faults,
    ZohoRateLimiter rateLimiter,
    ZohoWriteGate writeGate,
    IOptions<ZohoSandboxOptions> options,
    ILogger<ZohoApiFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(settings.LatencyMs, http.RequestAborted);
        }

        switch (faults.Next())
        {
            case ZohoFaultKind.ServerError:
                return ZohoResults.Error(settings.ErrorStatusCode, ZohoErrorCodes.InternalError, "Internal error");
            case ZohoFaultKind.Throttle:
                http.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return ZohoResults.TooManyRequests();
            case ZohoFaultKind.Hang:
                await Task.Delay(settings.HangMs, http.RequestAborted);
                return ZohoResults.Error(StatusCodes.Status504GatewayTimeout, ZohoErrorCodes.InternalError, "Gateway timeout");
        }

        var tokens = http.RequestServices.GetRequiredService<ZohoTokenService>();
        if (!await tokens.IsValidAccessTokenAsync(http.Request.Headers.Authorization.ToString(), http.RequestAborted))
        {
            return ZohoResults.Error(StatusCodes.Status401Unauthorized, ZohoErrorCodes.Unauthorized, "You are not authorized to perform this operation");
        }

        var organizationId = http.Request.Query["organization_id"].ToString();
        if (!IsOrganizationList(http))
        {
            if (string.IsNullOrWhiteSpace(organizationId))
            {
                return ZohoResults.Error(StatusCodes.Status400BadRequest, ZohoErrorCodes.InvalidValue, "Invalid value passed for organization_id");
            }

            if (organizationId != options.Value.OrganizationId)
            {
                return ZohoResults.Error(
                    StatusCodes.Status400BadRequest,
                    ZohoErrorCodes.OrganizationNotAssociated,
                    $"This user is not associated with the CompanyID/CompanyName:{organizationId}.");
            }
        }

        if (!rateLimiter.TryAcquire(string.IsNullOrEmpty(organizationId) ? options.Value.OrganizationId : organizationId))
        {
            return ZohoResults.TooManyRequests();
        }

        try
        {
            if (HttpMethods.IsGet(http.Request.Method))
            {
                return await next(context);
            }

            using (await writeGate.EnterAsync(http.RequestAborted))
            {
                return await next(context);
            }
        }
        catch (ZohoApiException ex)
        {
            return ZohoResults.Error(ex.StatusCode, ex.Code, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnhandled(logger, ex, http.Request.Path);
            return ZohoResults.Error(StatusCodes.Status500InternalServerError, ZohoErrorCodes.InternalError, "Internal error");
        }
    }

    private static bool IsOrganizationList(HttpContext http) =>
        http.Request.Path.Value?.EndsWith("/organizations", StringComparison.OrdinalIgnoreCase) == true;

    [LoggerMessage(Level = LogLevel.Error, Message = "Zoho Books sandbox failed on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
