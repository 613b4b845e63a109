using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>
/// What Stripe does around every API call, in its order: injected faults, the secret key, the rate limit,
/// then <c>Idempotency-Key</c> on POST (the first answer is replayed; the same key with other parameters is an
/// <c>idempotency_error</c>), and Stripe's error envelope for anything a handler throws.
/// </summary>
public sealed class StripeApiFilter(IOptions<StripeSandboxOptions> options, StripeRateLimiter rateLimiter) : IEndpointFilter
{
    public const int MaxIdempotencyKeyLength = 255;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var faults = http.RequestServices.GetRequiredKeyedService<SandboxFaultInjector>(StripeSandboxServiceCollectionExtensions.Key);
        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(settings.LatencyMs, http.RequestAborted);
        }

        switch (faults.Next())
        {
            case SandboxFaultKind.ServerError:
                return StripeReply.Error(settings.ErrorStatusCode, "api_error", "An unknown error occurred");
            case SandboxFaultKind.Throttle:
                http.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return RateLimited();
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            return StripeReply.Error(401, "invalid_request_error",
                "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        }

        var key = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..].Trim() : string.Empty;
        if (!string.Equals(key, options.Value.SecretKey, StringComparison.Ordinal))
        {
            return StripeReply.Error(401, "invalid_request_error", $"Invalid API Key provided: {Mask(key)}");
        }

        if (!rateLimiter.TryAcquire())
        {
            return RateLimited();
        }

        try
        {
            return HttpMethods.IsPost(http.Request.Method) && http.Request.Headers.TryGetValue("Idempotency-Key", out var idempotencyKey)
                ? await IdempotentAsync(context, next, idempotencyKey.ToString())
                : await next(context);
        }
        catch (StripeRequestException ex)
        {
            return ex.Reply;
        }
    }

    private static async ValueTask<object?> IdempotentAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string key)
    {
        var http = context.HttpContext;
        if (key.Length is 0 or > MaxIdempotencyKeyLength)
        {
            return StripeReply.Invalid($"Idempotency keys must be 1 to {MaxIdempotencyKeyLength} characters long.", "Idempotency-Key", "idempotency_key_in_use");
        }

        var state = http.RequestServices.GetRequiredService<StripeSandboxState>();
        var form = await StripeForm.ReadAsync(http.Request, http.RequestAborted);
        var fingerprint = http.Request.Method + " " + http.Request.Path + "?" + form.Fingerprint();
        var earlier = await state.Store.GetAsync(StripeSandboxState.IdempotentRequests, key, http.RequestAborted);
        if (earlier is not null)
        {
            return (string?)earlier["fingerprint"] == fingerprint
                ? new StripeReply((int)earlier["status"]!, earlier["body"]!.DeepClone()) { Replayed = true }
                : StripeReply.Error(400, "idempotency_error",
                    $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request.");
        }

        var result = await next(context);
        if (result is StripeReply reply && reply.Status != StatusCodes.Status429TooManyRequests && reply.Status < 500)
        {
            var record = new JsonObject { ["fingerprint"] = fingerprint, ["status"] = reply.Status, ["body"] = reply.Body.DeepClone() };
            await state.Store.PutAsync(StripeSandboxState.IdempotentRequests, key, record, http.RequestAborted);
        }

        return result;
    }

    private static StripeReply RateLimited() => StripeReply.Error(
        StatusCodes.Status429TooManyRequests, "invalid_request_error",
        "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.", "rate_limit");

    private static string Mask(string key) => key.Length <= 8 ? "****" : key[..8] + "*********" + key[^4..];
}
