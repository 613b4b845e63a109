namespace FlowStudio.Sandbox.Gmail.Mime;

public sealed record MimeHeader(string Name, string Value);
