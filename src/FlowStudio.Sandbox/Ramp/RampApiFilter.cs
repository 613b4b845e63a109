using System.Globalization;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Sandbox.Ramp;

/// <summary>Faults, the Bearer token and its scope (<c>transactions:read</c>, <c>reimbursements:read</c>) around every API call.</summary>
public sealed class RampApiFilter(RampTokens tokens) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var faults = http.RequestServices.GetRequiredKeyedService<SandboxFaultInjector>(RampSandboxServiceCollectionExtensions.Key);
        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(settings.LatencyMs, http.RequestAborted);
        }

        switch (faults.Next())
        {
            case SandboxFaultKind.ServerError:
                return RampErrors.Error(settings.ErrorStatusCode, "INTERNAL_ERROR", "Internal server error.");
            case SandboxFaultKind.Throttle:
                return RampErrors.Error(429, "RATE_LIMITED", "Too many requests.").With("Retry-After", settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var scopes = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? tokens.Scopes(authorization["Bearer ".Length..].Trim()) : null;
        if (scopes is null)
        {
            return RampErrors.Error(401, "UNAUTHORIZED", "The access token is missing, invalid or expired.");
        }

        var resource = http.Request.Path.Value?.Contains("/reimbursements", StringComparison.Ordinal) == true ? "reimbursements" : "transactions";
        if (!scopes.Contains(resource + ":read"))
        {
            return RampErrors.Error(403, "FORBIDDEN", $"The access token lacks the scope {resource}:read.");
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
}
