namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>Zoho throttled the call (429 with code 44 per minute, 45 per day, 1070 concurrency) after the retries, or the client-side limiter had no permit.</summary>
public sealed class ZohoBooksRateLimitException : ZohoBooksException
{
    public ZohoBooksRateLimitException()
    {
    }

    public ZohoBooksRateLimitException(string message)
        : base(message)
    {
    }

    public ZohoBooksRateLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ZohoBooksRateLimitException(int code, int? httpStatus, string message, Exception? innerException = null)
        : base(code, httpStatus, message, innerException)
    {
    }

    /// <summary>The wait Zoho (or the client-side limiter) asked for; null when it named none (real Zoho sends no Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public override ZohoErrorKind Kind => ZohoErrorKind.RateLimit;
}
