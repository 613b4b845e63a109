namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>A 5xx, timeout or network failure that outlasted the retries; the call may succeed later.</summary>
public sealed class ZohoBooksTransientException : ZohoBooksException
{
    public ZohoBooksTransientException()
    {
    }

    public ZohoBooksTransientException(string message)
        : base(message)
    {
    }

    public ZohoBooksTransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ZohoBooksTransientException(int code, int? httpStatus, string message, Exception? innerException = null)
        : base(code, httpStatus, message, innerException)
    {
    }

    public override ZohoErrorKind Kind => ZohoErrorKind.Transient;
}
