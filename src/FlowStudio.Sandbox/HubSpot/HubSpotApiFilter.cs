using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.HubSpot;

/// <summary>Faults, the Bearer token, the ten-second limit and HubSpot's error body around every CRM call.</summary>
public sealed class HubSpotApiFilter(IOptions<HubSpotSandboxOptions> options, HubSpotRateLimiter rateLimiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var faults = http.RequestServices.GetRequiredKeyedService<SandboxFaultInjector>(HubSpotSandboxServiceCollectionExtensions.Key);
        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(settings.LatencyMs, http.RequestAborted);
        }

        switch (faults.Next())
        {
            case SandboxFaultKind.ServerError:
                return HubSpotErrors.Error(settings.ErrorStatusCode, "INTERNAL_ERROR", "internal error");
            case SandboxFaultKind.Throttle:
                return RateLimited().With("Retry-After", settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.Equals(http.Request.Headers.Authorization.ToString(), "Bearer " + options.Value.AccessToken, StringComparison.Ordinal))
        {
            return HubSpotErrors.Error(401, "INVALID_AUTHENTICATION",
                "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview");
        }

        if (!rateLimiter.TryAcquire())
        {
            return RateLimited();
        }

        try
        {
            return await next(context);
        }
        catch (SandboxReplyException ex)
        {
            return ex.Reply;
        }
    }

    private static JsonReply RateLimited() => HubSpotErrors.Error(429, "RATE_LIMITS", "You have reached your ten_secondly_rolling limit.",
        new JsonObject { ["errorType"] = "RATE_LIMIT", ["policyName"] = "TEN_SECONDLY_ROLLING" });
}
