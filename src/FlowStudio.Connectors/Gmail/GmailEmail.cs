using System.Text.Json.Serialization;

namespace FlowStudio.Connectors.Gmail;

/// <summary>An email to send: addresses as comma-separated lists, a plain-text and/or HTML body.</summary>
public sealed record GmailEmail
{
    [JsonPropertyName("to")]
    public string? To { get; init; }

    [JsonPropertyName("cc")]
    public string? Cc { get; init; }

    [JsonPropertyName("bcc")]
    public string? Bcc { get; init; }

    [JsonPropertyName("reply_to")]
    public string? ReplyTo { get; init; }

    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("html")]
    public string? Html { get; init; }

    /// <summary>Gmail thread to add the message to (also needs matching In-Reply-To/References to thread for recipients).</summary>
    [JsonPropertyName("thread_id")]
    public string? ThreadId { get; init; }

    [JsonPropertyName("in_reply_to")]
    public string? InReplyTo { get; init; }
}
