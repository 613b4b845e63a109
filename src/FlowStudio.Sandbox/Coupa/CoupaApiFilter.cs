using System.Globalization;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>
/// Faults, then authentication around every API call: <c>X-COUPA-API-KEY</c> (full access) or a Bearer token whose scopes
/// cover the call (<c>core.supplier.read</c> for reads, <c>core.supplier.write</c> for writes).
/// </summary>
public sealed class CoupaApiFilter(CoupaTokens tokens, IOptions<CoupaSandboxOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var faults = http.RequestServices.GetRequiredKeyedService<SandboxFaultInjector>(CoupaSandboxServiceCollectionExtensions.Key);
        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(settings.LatencyMs, http.RequestAborted);
        }

        switch (faults.Next())
        {
            case SandboxFaultKind.ServerError:
                return CoupaErrors.Error(settings.ErrorStatusCode, "Internal server error.");
            case SandboxFaultKind.Throttle:
                return CoupaErrors.Error(429, "Rate limit exceeded.").With("Retry-After", settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
        }

        if (Refusal(http) is { } refused)
        {
            return refused;
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

    private JsonReply? Refusal(HttpContext http)
    {
        var key = http.Request.Headers["X-COUPA-API-KEY"].ToString();
        if (key.Length > 0)
        {
            return key == options.Value.ApiKey ? null : CoupaErrors.Error(401, "The API key is invalid.");
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var scopes = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? tokens.Scopes(authorization["Bearer ".Length..].Trim()) : null;
        if (scopes is null)
        {
            return CoupaErrors.Error(401, "The access token is missing, invalid or expired.");
        }

        var needed = HttpMethods.IsGet(http.Request.Method) ? CoupaSandboxDemo.ReadScope : CoupaSandboxDemo.WriteScope;
        return scopes.Contains(needed) ? null : CoupaErrors.Error(403, $"The access token lacks the scope {needed}.");
    }
}
