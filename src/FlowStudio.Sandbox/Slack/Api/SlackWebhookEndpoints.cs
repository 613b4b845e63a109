using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Slack.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Slack.Api;

/// <summary>
/// Incoming webhooks (<c>https://hooks.slack.com/services/T…/B…/…</c>): JSON in, plain text out — <c>ok</c>,
/// or an error word with a 4xx status (invalid_payload, no_text, no_service, channel_is_archived).
/// </summary>
public static class SlackWebhookEndpoints
{
    public static void MapSlackWebhooks(this RouteGroupBuilder hooks) =>
        hooks.MapPost("/services/{team}/{bot}/{secret}", PostAsync).WithName("SlackSandboxIncomingWebhook");

    public static async Task<IResult> PostAsync(
        string team,
        string bot,
        string secret,
        HttpContext http,
        SlackSandboxStore store,
        SlackRateLimiter rateLimiter,
        SlackFaultInjector faults,
        CancellationToken cancellationToken)
    {
        switch (faults.Next())
        {
            case SlackFault.Throttle:
                http.Response.Headers.RetryAfter = faults.Settings.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Plain(StatusCodes.Status429TooManyRequests, "rate_limited");
            case SlackFault.ServerError:
                return SlackResults.Unavailable();
        }

        if (!string.Equals($"services/{team}/{bot}/{secret}", SlackSandboxDemo.WebhookPath, StringComparison.Ordinal))
        {
            return Plain(StatusCodes.Status404NotFound, "no_service");
        }

        JsonObject? payload;
        try
        {
            payload = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null)
        {
            return Plain(StatusCodes.Status400BadRequest, "invalid_payload");
        }

        var text = payload["text"] is JsonValue value ? value.ToString() : string.Empty;
        var blocks = payload["blocks"];
        if (blocks is not null and not JsonArray)
        {
            return Plain(StatusCodes.Status400BadRequest, "invalid_blocks");
        }

        if (string.IsNullOrWhiteSpace(text) && blocks is not JsonArray { Count: > 0 })
        {
            return Plain(StatusCodes.Status400BadRequest, "no_text");
        }

        var channel = await store.FindChannelAsync(SlackSandboxDemo.FinanceChannelId, cancellationToken);
        if (channel is null || channel.IsArchived)
        {
            return Plain(StatusCodes.Status410Gone, "channel_is_archived");
        }

        if (!rateLimiter.TryAcquire(channel.Id))
        {
            http.Response.Headers.RetryAfter = "1";
            return Plain(StatusCodes.Status429TooManyRequests, "rate_limited");
        }

        await store.AddMessageAsync(channel.Id, text, blocks?.ToJsonString(), null, "webhook", cancellationToken);
        return Plain(StatusCodes.Status200OK, "ok");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Plain(int status, string text) => TypedResults.Text(text, "text/plain", statusCode: status);
}
