namespace FlowStudio.Sandbox.Slack.Data;

/// <summary>A message the sandbox accepted, through the Web API or the incoming webhook.</summary>
public sealed class SlackMessage
{
    public long Id { get; set; }

    public required string ChannelId { get; set; }

    /// <summary>Slack's message id: epoch seconds, a dot and six digits, unique per channel.</summary>
    public required string Ts { get; set; }

    public string? ThreadTs { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The Block Kit array as received, or null.</summary>
    public string? BlocksJson { get; set; }

    /// <summary><c>api</c> or <c>webhook</c>.</summary>
    public required string Source { get; set; }

    public DateTimeOffset PostedAt { get; set; }
}
