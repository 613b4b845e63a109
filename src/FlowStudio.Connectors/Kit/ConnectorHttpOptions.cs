namespace FlowStudio.Connectors.Kit;

/// <summary>Timeouts and retries of one connector's HTTP pipeline.</summary>
public class ConnectorHttpOptions
{
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles per attempt with jitter. A <c>Retry-After</c> header wins when present.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Calls waiting for a client-side rate-limit permit per account before the client fails fast.</summary>
    public int RateLimitQueueLimit { get; set; } = 1000;
}
