namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>
/// A non-zero Zoho <c>code</c> (or a transport failure). Callers branch on the subtype or on
/// <see cref="Code"/>; <see cref="Exception.Message"/> is Zoho's localized text and only for people.
/// </summary>
public class ZohoBooksException : Exception
{
    public ZohoBooksException()
    {
    }

    public ZohoBooksException(string message)
        : base(message)
    {
    }

    public ZohoBooksException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ZohoBooksException(int code, int? httpStatus, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    /// <summary>Zoho's numeric code; 0 when the failure never reached an envelope (e.g. a timeout).</summary>
    public int Code { get; }

    public int? HttpStatus { get; }

    public virtual ZohoErrorKind Kind => ZohoErrorKind.Unknown;
}
