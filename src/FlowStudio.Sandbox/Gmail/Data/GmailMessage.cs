namespace FlowStudio.Sandbox.Gmail.Data;

/// <summary>One message of the sandbox mailbox: sent through the API (label SENT) or seeded (INBOX).</summary>
public sealed class GmailMessage
{
    /// <summary>Gmail's message id: 16 lower-case hex digits.</summary>
    public required string Id { get; set; }

    public required string ThreadId { get; set; }

    /// <summary>The <c>Message-ID</c> header, with angle brackets; searchable as <c>rfc822msgid:</c>.</summary>
    public required string MessageIdHeader { get; set; }

    public string From { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    public string Cc { get; set; } = string.Empty;

    public string Bcc { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string? TextBody { get; set; }

    public string? HtmlBody { get; set; }

    /// <summary>Every header as received, JSON <c>[{"name","value"}]</c>.</summary>
    public string HeadersJson { get; set; } = "[]";

    /// <summary>The RFC 2822 message exactly as sent.</summary>
    public string Raw { get; set; } = string.Empty;

    /// <summary>Comma-separated, e.g. <c>SENT</c> or <c>INBOX,UNREAD</c>.</summary>
    public string Labels { get; set; } = "SENT";

    /// <summary>Milliseconds since the epoch, as Gmail's <c>internalDate</c>.</summary>
    public long InternalDate { get; set; }

    public IReadOnlyList<string> LabelIds => Labels.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public string Snippet
    {
        get
        {
            var text = (TextBody ?? string.Empty).ReplaceLineEndings(" ").Trim();
            return text.Length > 100 ? text[..100] : text;
        }
    }
}
