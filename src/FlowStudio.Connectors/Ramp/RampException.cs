using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Ramp;

/// <summary>A Ramp error; <see cref="ConnectorApiException.ErrorCode"/> is Ramp's <c>error_code</c> (or the OAuth <c>error</c>).</summary>
public sealed class RampException : ConnectorApiException
{
    public RampException()
    {
    }

    public RampException(string message)
        : base(message)
    {
    }

    public RampException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RampException(string message, int? httpStatus, string? errorCode, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, httpStatus, errorCode, retryAfter, innerException)
    {
    }
}
