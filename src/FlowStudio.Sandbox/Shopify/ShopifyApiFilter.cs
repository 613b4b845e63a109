using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Shopify;

/// <summary>
/// What the Admin REST API does around every call: injected faults, the <c>X-Shopify-Access-Token</c> check,
/// the leaky bucket (429 with <c>Retry-After: 2.0</c>) and <c>X-Shopify-Shop-Api-Call-Limit</c> on every answer.
/// </summary>
public sealed class ShopifyApiFilter(IOptions<ShopifySandboxOptions> options, ShopifyLeakyBucket bucket) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var faults = http.RequestServices.GetRequiredKeyedService<SandboxFaultInjector>(ShopifySandboxServiceCollectionExtensions.Key);
        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(settings.LatencyMs, http.RequestAborted);
        }

        switch (faults.Next())
        {
            case SandboxFaultKind.ServerError:
                return new JsonReply(settings.ErrorStatusCode, new JsonObject { ["errors"] = "Internal Server Error" });
            case SandboxFaultKind.Throttle:
                return Throttled(settings.RetryAfterSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        }

        if (!string.Equals(http.Request.Headers["X-Shopify-Access-Token"].ToString(), options.Value.AccessToken, StringComparison.Ordinal))
        {
            return new JsonReply(401, new JsonObject { ["errors"] = "[API] Invalid API key or access token (unrecognized login or wrong password)" });
        }

        if (!bucket.TryAdd())
        {
            return Throttled("2.0");
        }

        http.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = $"{bucket.Fill}/{bucket.Size}";
        http.Response.Headers["X-Shopify-API-Version"] = http.Request.RouteValues["version"]?.ToString();
        try
        {
            return await next(context);
        }
        catch (SandboxReplyException ex)
        {
            return ex.Reply;
        }
    }

    private JsonReply Throttled(string retryAfter) =>
        new JsonReply(429, new JsonObject { ["errors"] = "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service." })
            .With("Retry-After", retryAfter)
            .With("X-Shopify-Shop-Api-Call-Limit", $"{bucket.Size}/{bucket.Size}");
}
