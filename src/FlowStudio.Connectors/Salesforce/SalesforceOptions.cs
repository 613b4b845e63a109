namespace FlowStudio.Connectors.Salesforce;

/// <summary>Timeouts and retries for the Salesforce connector.</summary>
public sealed class SalesforceOptions
{
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a step waits after 403 REQUEST_LIMIT_EXCEEDED (the org's rolling 24-hour allocation is used up).</summary>
    public TimeSpan LimitExceededWait { get; set; } = TimeSpan.FromHours(1);
}
