using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Google;

/// <summary>
/// A Google API failure from its envelope <c>{"error":{"code","message","errors":[{"reason"}],"status"}}</c> (or an
/// OAuth <c>{"error":"invalid_grant"}</c>): HTTP status, canonical status, first reason, and the asked-for wait.
/// </summary>
public sealed class GoogleApiException : Exception
{
    public GoogleApiException()
    {
        Status = "UNKNOWN";
        Reason = "unknown";
    }

    public GoogleApiException(string message)
        : base(message)
    {
        Status = "UNKNOWN";
        Reason = "unknown";
    }

    public GoogleApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = "UNKNOWN";
        Reason = "unknown";
    }

    public GoogleApiException(int? httpStatus, string status, string reason, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        HttpStatus = httpStatus;
        Status = status;
        Reason = reason;
        RetryAfter = retryAfter;
    }

    public int? HttpStatus { get; }

    /// <summary>Canonical status, e.g. INVALID_ARGUMENT, RESOURCE_EXHAUSTED, UNAUTHENTICATED.</summary>
    public string Status { get; }

    /// <summary>e.g. rateLimitExceeded, invalidArgument, authError, invalid_grant.</summary>
    public string Reason { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Throttling (429, or 403 with a rate-limit reason), outages and network failures.</summary>
    public bool IsTransient => HttpStatus is 429 or >= 500 || HttpStatus is null && Status == "UNAVAILABLE"
        || Reason is "rateLimitExceeded" or "userRateLimitExceeded" or "backendError";

    public StepError ToStepError(string connector) => IsTransient
        ? StepError.Transient(Message, RetryAfter, $"{connector}.{Reason}")
        : StepError.Permanent(Message, $"{connector}.{Reason}");
}
