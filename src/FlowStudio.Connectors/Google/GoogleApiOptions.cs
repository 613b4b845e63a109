namespace FlowStudio.Connectors.Google;

/// <summary>Timeouts, retries and token margin for the Google connectors (Gmail, Google Sheets).</summary>
public sealed class GoogleApiOptions
{
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer <c>Retry-After</c> is not waited out in-process; the step fails as transient with that wait.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Refresh this long before the access token (1 h) expires.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);
}
