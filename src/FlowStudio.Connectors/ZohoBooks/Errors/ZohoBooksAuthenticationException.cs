namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>The credentials, token, scope or organisation were refused (codes 57, 6041, OAuth errors); retrying will not help.</summary>
public sealed class ZohoBooksAuthenticationException : ZohoBooksException
{
    public ZohoBooksAuthenticationException()
    {
    }

    public ZohoBooksAuthenticationException(string message)
        : base(message)
    {
    }

    public ZohoBooksAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ZohoBooksAuthenticationException(int code, int? httpStatus, string message, Exception? innerException = null)
        : base(code, httpStatus, message, innerException)
    {
    }

    /// <summary>The accounts server's OAuth error (<c>invalid_client</c>, <c>invalid_client_secret</c>, <c>invalid_code</c>), when the token grant failed.</summary>
    public string? OAuthError { get; init; }

    public override ZohoErrorKind Kind => ZohoErrorKind.Authentication;
}
