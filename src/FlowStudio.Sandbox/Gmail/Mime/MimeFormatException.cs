namespace FlowStudio.Sandbox.Gmail.Mime;

/// <summary>The raw message is not a readable RFC 2822 / MIME message.</summary>
public sealed class MimeFormatException : Exception
{
    public MimeFormatException()
    {
    }

    public MimeFormatException(string message)
        : base(message)
    {
    }

    public MimeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
