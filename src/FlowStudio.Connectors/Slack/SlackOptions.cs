namespace FlowStudio.Connectors.Slack;

public sealed class SlackOptions
{
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Retries of a throttled (429) call; a 429 means nothing was posted, so retrying it is safe.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer <c>Retry-After</c> is not waited out in-process; the step fails as transient with that wait.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Slack's posting limit, about one message per second per channel; 0 turns the client-side limiter off.</summary>
    public double MessagesPerSecondPerChannel { get; set; } = 1;

    public int RateLimitQueueLimit { get; set; } = 100;
}
