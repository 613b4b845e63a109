using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowStudio.Web.Hooks;

/// <summary>
/// <c>POST /hooks/{hookKey}</c>: anonymous (the signature is the authentication), no antiforgery, a body limit.
/// The raw bytes are read once and handed to <see cref="WebhookIngress"/>, which answers only after the
/// delivery is in the durable inbox.
/// </summary>
public static class HookEndpoints
{
    public static IEndpointRouteBuilder MapHookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/hooks/{hookKey}", ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithName("ReceiveWebhook")
            .WithSummary("Receives a signed webhook delivery for a published flow.")
            .WithTags("Hooks")
            .ExcludeFromDescription();
        return endpoints;
    }

    public static async Task<Results<Ok<HookAnswer>, UnauthorizedHttpResult, NotFound, JsonHttpResult<HookAnswer>>> ReceiveAsync(
        string hookKey, HttpContext context, WebhookIngress ingress, TriggersOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ingress);
        ArgumentNullException.ThrowIfNull(options);
        var token = context.RequestAborted;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ingress.MaxBodyBytes + 1L;
        }

        var length = context.Request.ContentLength;
        var body = length > ingress.MaxBodyBytes ? null : await ReadAsync(context.Request.Body, ingress.MaxBodyBytes, token);
        if (body is null)
        {
            var tooLarge = await ingress.RejectOversizedAsync(hookKey, length, token);
            return tooLarge.StatusCode == StatusCodes.Status404NotFound ? TypedResults.NotFound() : TypedResults.Json(new HookAnswer(tooLarge.Message), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var request = new WebhookRequest(context.Request.Method, RequestUri(context.Request, options), Headers(context.Request), body);
        var outcome = await ingress.ReceiveAsync(hookKey, request, token);
        return outcome.StatusCode switch
        {
            StatusCodes.Status200OK => TypedResults.Ok(new HookAnswer(outcome.Message)),
            StatusCodes.Status401Unauthorized => TypedResults.Unauthorized(),
            StatusCodes.Status404NotFound => TypedResults.NotFound(),
            _ => TypedResults.Json(new HookAnswer(outcome.Message), statusCode: outcome.StatusCode),
        };
    }

    /// <summary>The body's bytes, or null once it passes <paramref name="max"/> (a chunked body has no length up front).</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    // HubSpot signs the URL it called: behind a proxy that is the public address, not the one Kestrel sees.
    private static Uri RequestUri(HttpRequest request, TriggersOptions options) =>
        options.PublicBaseUrl is { } publicBase
            ? new Uri(publicBase.GetLeftPart(UriPartial.Authority) + request.PathBase + request.Path + request.QueryString)
            : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}");

    private static Dictionary<string, string> Headers(HttpRequest request) =>
        request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
}
