namespace FlowStudio.Connectors.Kit;

/// <summary>
/// A failed call to an external API, as the connector understood it: the provider's own error code (Stripe
/// <c>resource_missing</c>, HubSpot <c>VALIDATION_ERROR</c> …), the HTTP status, whether a retry may help and
/// how long the provider asked to wait. Each connector derives its own type; modules turn it into a StepError.
/// </summary>
public abstract class ConnectorApiException : Exception
{
    protected ConnectorApiException()
    {
    }

    protected ConnectorApiException(string message)
        : base(message)
    {
    }

    protected ConnectorApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    protected ConnectorApiException(string message, int? httpStatus, string? errorCode, TimeSpan? retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        HttpStatus = httpStatus;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Null when no answer arrived (timeout, network).</summary>
    public int? HttpStatus { get; }

    public string? ErrorCode { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Throttling, 5xx, 408 and transport failures: the same call may succeed later.</summary>
    public bool IsTransient => HttpStatus is null or 408 or 429 or >= 500;

    public bool IsNotFound => HttpStatus == 404;
}
