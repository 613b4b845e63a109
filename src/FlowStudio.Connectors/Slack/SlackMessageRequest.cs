using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowStudio.Connectors.Slack;

/// <summary>The body of <c>chat.postMessage</c>; <see cref="Blocks"/> is a Block Kit array passed through as given.</summary>
public sealed record SlackMessageRequest
{
    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("blocks")]
    public JsonElement? Blocks { get; init; }

    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; init; }

    [JsonPropertyName("unfurl_links")]
    public bool? UnfurlLinks { get; init; }
}
