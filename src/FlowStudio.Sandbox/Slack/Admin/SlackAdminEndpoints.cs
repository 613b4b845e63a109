using FlowStudio.Sandbox.Slack.Api;
using FlowStudio.Sandbox.Slack.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Slack.Admin;

public static class SlackAdminEndpoints
{
    public static void MapSlackAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/reset", ResetAsync).WithName("SlackSandboxReset").WithSummary("Drops every posted message and re-seeds the demo channels.");
        admin.MapGet("/messages", ListMessagesAsync).WithName("SlackSandboxMessages").WithSummary("Messages the sandbox accepted, newest first.");
        admin.MapGet("/faults", (SlackFaultInjector faults) => TypedResults.Json(faults.Settings, SlackJson.Options)).WithName("SlackSandboxGetFaults");
        admin.MapPut("/faults", PutFaults).WithName("SlackSandboxPutFaults");
    }

    public static async Task<IResult> ResetAsync(SlackSandboxStore store, SlackRateLimiter rateLimiter, SlackFaultInjector faults, CancellationToken cancellationToken)
    {
        await store.ResetAsync(cancellationToken);
        rateLimiter.Reset();
        faults.Set(new SlackFaultSettings());
        return SlackResults.Ok([]);
    }

    public static async Task<IResult> ListMessagesAsync(string? channel, int? limit, SlackSandboxStore store, CancellationToken cancellationToken)
    {
        var messages = await store.ListMessagesAsync(channel, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken);
        return SlackResults.Ok(new()
        {
            ["messages"] = messages.Select(m => new Dictionary<string, object?>
            {
                ["channel"] = m.ChannelId,
                ["ts"] = m.Ts,
                ["thread_ts"] = m.ThreadTs,
                ["text"] = m.Text,
                ["blocks"] = m.BlocksJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(m.BlocksJson),
                ["source"] = m.Source,
            }).ToList(),
        });
    }

    public static IResult PutFaults(SlackFaultSettings settings, SlackFaultInjector faults)
    {
        if (settings.ThrottleNextRequests < 0 || settings.FailNextRequests < 0 || settings.RetryAfterSeconds < 0)
        {
            return TypedResults.Problem("Fault counts and Retry-After cannot be negative.", statusCode: StatusCodes.Status400BadRequest);
        }

        faults.Set(settings);
        return TypedResults.Json(settings, SlackJson.Options);
    }
}
