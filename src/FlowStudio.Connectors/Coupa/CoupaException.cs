using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Coupa;

/// <summary>A Coupa error; <see cref="ConnectorApiException.ErrorCode"/> is the OAuth <c>error</c> or a short code for the status.</summary>
public sealed class CoupaException : ConnectorApiException
{
    public CoupaException()
    {
    }

    public CoupaException(string message)
        : base(message)
    {
    }

    public CoupaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CoupaException(string message, int? httpStatus, string? errorCode, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, httpStatus, errorCode, retryAfter, innerException)
    {
    }
}
