namespace FlowStudio.Engine.Runs;

/// <summary>
/// Why a step or an external call failed. Only a transient error is retried; <see cref="RetryAfter"/>
/// is the wait the other side asked for (HTTP 429/503 Retry-After) and is honoured as a minimum.
/// </summary>
public sealed record StepError(string Message, string? Code = null, bool IsTransient = false, TimeSpan? RetryAfter = null)
{
    public static StepError Transient(string message, TimeSpan? retryAfter = null, string? code = null) => new(message, code, true, retryAfter);

    public static StepError Permanent(string message, string? code = null) => new(message, code);
}
