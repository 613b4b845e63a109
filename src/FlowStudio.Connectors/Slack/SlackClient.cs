using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.Slack;

/// <summary>
/// Slack's Web API (<c>chat.postMessage</c>, <c>auth.test</c>) and incoming webhooks for one workspace. Slack answers
/// HTTP 200 with <c>ok:false</c> for most errors, 429 with <c>Retry-After</c> when throttled; both become
/// <see cref="SlackApiException"/>. Retries of 429 live in the HttpClient's resilience handler.
/// </summary>
public sealed partial class SlackClient
{
    public const string HttpClientName = "FlowStudio.Slack.Api";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly HttpClient http;
    private readonly SlackConnection connection;
    private readonly SlackRateLimiters limiters;
    private readonly ILogger logger;

    internal SlackClient(HttpClient http, SlackConnection connection, SlackRateLimiters limiters, ILogger<SlackClient> logger)
    {
        this.http = http;
        this.connection = connection;
        this.limiters = limiters;
        this.logger = logger;
    }

    public override string ToString() => $"SlackClient for {connection}";

    /// <exception cref="SlackApiException">Slack refused the message or could not be reached.</exception>
    public async Task<SlackPostedMessage> PostMessageAsync(SlackMessageRequest message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var channel = string.IsNullOrWhiteSpace(message.Channel) ? connection.DefaultChannel : message.Channel;
        if (string.IsNullOrWhiteSpace(channel))
        {
            throw new SlackApiException("channel_not_found", null, "No channel given and the connection has no default channel.");
        }

        RequireToken();
        using var lease = await limiters.AcquireAsync(connection.Fingerprint, channel, cancellationToken);
        var root = await CallAsync("chat.postMessage", message with { Channel = channel }, cancellationToken);
        var text = root.TryGetProperty("message", out var posted) && posted.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : message.Text ?? string.Empty;
        return new SlackPostedMessage(root.GetProperty("channel").GetString() ?? channel, root.GetProperty("ts").GetString() ?? string.Empty, text);
    }

    /// <summary>Who the token belongs to: the workspace name (for "test connection").</summary>
    public async Task<string> AuthTestAsync(CancellationToken cancellationToken)
    {
        RequireToken();
        var root = await CallAsync("auth.test", new { }, cancellationToken);
        return root.TryGetProperty("team", out var team) ? team.GetString() ?? string.Empty : string.Empty;
    }

    /// <summary>Posts to the connection's incoming webhook, which answers plain text <c>ok</c> or an error word.</summary>
    public async Task PostWebhookAsync(string? text, JsonElement? blocks, CancellationToken cancellationToken)
    {
        var url = connection.WebhookUrl ?? throw new SlackApiException("no_service", null, "The Slack connection has no incoming webhook URL.");
        using var lease = await limiters.AcquireAsync(connection.Fingerprint, "webhook", cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { text, blocks }, options: Json) };
        var (status, body, retryAfter) = await SendAsync(request, "incoming webhook", cancellationToken);
        LogCall(logger, "incoming webhook", (int)status, body.Length <= 40 ? body : "…");
        if (status != HttpStatusCode.OK)
        {
            var error = string.IsNullOrWhiteSpace(body) || body.Length > 64 ? $"http_{(int)status}" : body.Trim();
            throw new SlackApiException(error, (int)status, $"The Slack webhook refused the message: {error} (HTTP {(int)status}).", retryAfter);
        }
    }

    private void RequireToken()
    {
        if (string.IsNullOrWhiteSpace(connection.BotToken))
        {
            throw new SlackApiException("not_authed", null, "The Slack connection has no bot token.");
        }
    }

    private async Task<JsonElement> CallAsync(string method, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(connection.ApiBaseUrl, method))
        {
            Content = JsonContent.Create(body, body.GetType(), options: Json),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + connection.BotToken);
        var (status, text, retryAfter) = await SendAsync(request, method, cancellationToken);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new SlackApiException(status == HttpStatusCode.OK ? "invalid_response" : $"http_{(int)status}", (int)status, $"Slack answered {method} with HTTP {(int)status} and no JSON.", retryAfter, ex);
        }

        var ok = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out var okElement) && okElement.ValueKind == JsonValueKind.True;
        LogCall(logger, method, (int)status, ok ? "ok" : "error");
        if (ok && status == HttpStatusCode.OK)
        {
            return root;
        }

        var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : $"http_{(int)status}";
        throw new SlackApiException(error, status == HttpStatusCode.OK ? null : (int)status, $"Slack refused {method}: {error}.", retryAfter);
    }

    private async Task<(HttpStatusCode Status, string Body, TimeSpan? RetryAfter)> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var retryAfter = response.Headers.RetryAfter?.Delta;
            LogTiming(logger, what, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (response.StatusCode, body, retryAfter);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SlackApiException("network_error", null, $"Slack did not answer {what} in time or at all; the message may or may not have been posted.", null, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack {Method} answered HTTP {Status}: {Outcome}")]
    private static partial void LogCall(ILogger logger, string method, int status, string outcome);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack {Method} took {ElapsedMs:0} ms (HTTP {Status})")]
    private static partial void LogTiming(ILogger logger, string method, int status, double elapsedMs);
}
