using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Slack.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Slack.Api;

/// <summary><c>chat.postMessage</c> and <c>auth.test</c> as docs.slack.dev describes them: always HTTP 200 with <c>ok</c>.</summary>
public static class SlackApiEndpoints
{
    /// <summary>Slack truncates above 40,000 characters and answers <c>msg_too_long</c>.</summary>
    public const int MaxTextLength = 40_000;

    public static void MapSlackApi(this RouteGroupBuilder api)
    {
        api.MapPost("/chat.postMessage", PostMessageAsync).WithName("SlackSandboxPostMessage");
        api.MapPost("/auth.test", AuthTestAsync).WithName("SlackSandboxAuthTest");
    }

    public static async Task<IResult> AuthTestAsync(HttpContext http, IOptions<SlackSandboxOptions> options, CancellationToken cancellationToken)
    {
        var request = await SlackRequest.ReadAsync(http.Request, cancellationToken);
        if (AuthError(request, options.Value) is { } error)
        {
            return SlackResults.Error(error);
        }

        return SlackResults.Ok(new()
        {
            ["url"] = $"{http.Request.Scheme}://{http.Request.Host}{SlackSandboxDemo.BasePath}/",
            ["team"] = SlackSandboxDemo.TeamName,
            ["team_id"] = SlackSandboxDemo.TeamId,
            ["user"] = "flowstudio",
            ["user_id"] = SlackSandboxDemo.BotUserId,
            ["bot_id"] = SlackSandboxDemo.BotId,
        });
    }

    public static async Task<IResult> PostMessageAsync(
        HttpContext http,
        SlackSandboxStore store,
        SlackRateLimiter rateLimiter,
        SlackFaultInjector faults,
        IOptions<SlackSandboxOptions> options,
        CancellationToken cancellationToken)
    {
        switch (faults.Next())
        {
            case SlackFault.Throttle:
                return SlackResults.RateLimited(http, faults.Settings.RetryAfterSeconds);
            case SlackFault.ServerError:
                return SlackResults.Unavailable();
        }

        var request = await SlackRequest.ReadAsync(http.Request, cancellationToken);
        if (request.IsMalformed)
        {
            return SlackResults.Error("invalid_json");
        }

        if (AuthError(request, options.Value) is { } authError)
        {
            return SlackResults.Error(authError);
        }

        var channelReference = request.Text("channel");
        if (string.IsNullOrWhiteSpace(channelReference))
        {
            return SlackResults.Error("channel_not_found");
        }

        var text = request.Text("text") ?? string.Empty;
        var blocks = request.Node("blocks");
        if (blocks is JsonValue blockText)
        {
            // Form posts carry blocks as a JSON string.
            try
            {
                blocks = JsonNode.Parse(blockText.ToString());
            }
            catch (System.Text.Json.JsonException)
            {
                return SlackResults.Error("invalid_blocks_format");
            }
        }

        if (blocks is not null and not JsonArray)
        {
            return SlackResults.Error("invalid_blocks_format");
        }

        if (string.IsNullOrWhiteSpace(text) && blocks is not JsonArray { Count: > 0 })
        {
            return SlackResults.Error("no_text");
        }

        if (text.Length > MaxTextLength)
        {
            return SlackResults.Error("msg_too_long");
        }

        var channel = await store.FindChannelAsync(channelReference, cancellationToken);
        if (channel is null)
        {
            return SlackResults.Error("channel_not_found");
        }

        if (channel.IsArchived)
        {
            return SlackResults.Error("is_archived");
        }

        if (!channel.IsMember)
        {
            return SlackResults.Error("not_in_channel");
        }

        if (!rateLimiter.TryAcquire(channel.Id))
        {
            return SlackResults.RateLimited(http, 1);
        }

        var threadTs = request.Text("thread_ts");
        var message = await store.AddMessageAsync(channel.Id, text, blocks?.ToJsonString(), threadTs, "api", cancellationToken);
        return SlackResults.Ok(new()
        {
            ["channel"] = channel.Id,
            ["ts"] = message.Ts,
            ["message"] = new Dictionary<string, object?>
            {
                ["type"] = "message",
                ["subtype"] = "bot_message",
                ["text"] = message.Text,
                ["user"] = SlackSandboxDemo.BotUserId,
                ["bot_id"] = SlackSandboxDemo.BotId,
                ["ts"] = message.Ts,
                ["thread_ts"] = message.ThreadTs,
                ["blocks"] = blocks,
            },
        });
    }

    private static string? AuthError(SlackRequest request, SlackSandboxOptions options) =>
        string.IsNullOrEmpty(request.Token) ? "not_authed"
        : !string.Equals(request.Token, options.BotToken, StringComparison.Ordinal) ? "invalid_auth"
        : null;
}
