namespace FlowStudio.Sandbox.Gmail.Mime;

/// <summary>An RFC 2822 message as the sandbox understood it: unfolded, decoded headers and the text and HTML bodies.</summary>
public sealed record ParsedMessage(IReadOnlyList<MimeHeader> Headers, string? TextBody, string? HtmlBody)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
