namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>A field is missing or invalid (codes 2, 4, 5, 37, 1038); the request must change before it can succeed.</summary>
public sealed class ZohoBooksValidationException : ZohoBooksException
{
    public ZohoBooksValidationException()
    {
    }

    public ZohoBooksValidationException(string message)
        : base(message)
    {
    }

    public ZohoBooksValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ZohoBooksValidationException(int code, int? httpStatus, string message, Exception? innerException = null)
        : base(code, httpStatus, message, innerException)
    {
    }

    public override ZohoErrorKind Kind => ZohoErrorKind.Validation;
}
