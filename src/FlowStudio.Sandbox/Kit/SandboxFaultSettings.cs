namespace FlowStudio.Sandbox.Kit;

/// <summary>Faults a sandbox injects into its API calls, set through <c>PUT /sandbox/{system}/_admin/faults</c>.</summary>
public sealed record SandboxFaultSettings
{
    public int LatencyMs { get; init; }

    /// <summary>The next N API calls answer <see cref="ErrorStatusCode"/>.</summary>
    public int FailNextRequests { get; init; }

    public int ErrorStatusCode { get; init; } = 500;

    /// <summary>The next N API calls answer 429 with <c>Retry-After: RetryAfterSeconds</c>.</summary>
    public int ThrottleNextRequests { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>What is wrong with these settings, or null when they are usable.</summary>
    public string? Problem() =>
        LatencyMs < 0 || FailNextRequests < 0 || ThrottleNextRequests < 0 || RetryAfterSeconds < 0
            ? "Fault counts and durations cannot be negative."
            : ErrorStatusCode is < 500 or > 599 ? "error_status_code must be between 500 and 599." : null;
}
