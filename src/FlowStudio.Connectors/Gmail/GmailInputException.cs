namespace FlowStudio.Connectors.Gmail;

/// <summary>The email cannot be built (no recipient, a malformed address, a header with a line break); nothing was sent.</summary>
public sealed class GmailInputException : Exception
{
    public GmailInputException()
    {
    }

    public GmailInputException(string message)
        : base(message)
    {
    }

    public GmailInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
