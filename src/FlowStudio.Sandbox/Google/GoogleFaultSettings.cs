namespace FlowStudio.Sandbox.Google;

/// <summary>Faults for the next API calls of a Google sandbox, set through its <c>_admin/faults</c>.</summary>
public sealed record GoogleFaultSettings
{
    /// <summary>Answer the next N calls with 429 RESOURCE_EXHAUSTED and <c>Retry-After</c>.</summary>
    public int ThrottleNextRequests { get; init; }

    /// <summary>Answer the next N calls with 503 UNAVAILABLE.</summary>
    public int FailNextRequests { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;
}
