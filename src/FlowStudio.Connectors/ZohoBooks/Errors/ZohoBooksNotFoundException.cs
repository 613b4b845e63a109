namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>The record does not exist (code 1002).</summary>
public sealed class ZohoBooksNotFoundException : ZohoBooksException
{
    public ZohoBooksNotFoundException()
    {
    }

    public ZohoBooksNotFoundException(string message)
        : base(message)
    {
    }

    public ZohoBooksNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ZohoBooksNotFoundException(int code, int? httpStatus, string message, Exception? innerException = null)
        : base(code, httpStatus, message, innerException)
    {
    }

    public override ZohoErrorKind Kind => ZohoErrorKind.NotFound;
}
