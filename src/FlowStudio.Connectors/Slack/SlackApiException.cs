using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Slack;

/// <summary>
/// A Slack failure by its error code (<c>channel_not_found</c>, <c>invalid_auth</c>, <c>ratelimited</c> …), the HTTP
/// status when it was not 200, and the wait Slack asked for.
/// </summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
        Error = "unknown_error";
    }

    public SlackApiException(string message)
        : base(message)
    {
        Error = "unknown_error";
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = "unknown_error";
    }

    public SlackApiException(string error, int? httpStatus, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
    }

    public string Error { get; }

    public int? HttpStatus { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Throttling, outages and network failures; not an answer about the request itself.</summary>
    public bool IsTransient => Error is "ratelimited" or "rate_limited" or "service_unavailable" or "internal_error" or "fatal_error" or "request_timeout" or "network_error"
        || HttpStatus is 429 or >= 500;

    public bool IsAuthentication => Error is "not_authed" or "invalid_auth" or "account_inactive" or "token_revoked" or "token_expired" or "no_service";

    public StepError ToStepError() => IsTransient
        ? StepError.Transient(Message, RetryAfter, "slack." + Error)
        : StepError.Permanent(Message, "slack." + Error);
}
