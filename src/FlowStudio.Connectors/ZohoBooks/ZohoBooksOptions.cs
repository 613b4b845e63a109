namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>Connector-wide behaviour (timeouts, retries, token margin) plus the default connection.</summary>
public sealed class ZohoBooksOptions
{
    public const string SectionName = "Connectors:ZohoBooks";

    /// <summary>The connection the DI-resolved <see cref="ZohoBooksClient"/> uses; others go through <see cref="ZohoBooksClientFactory"/>.</summary>
    public ZohoBooksConnection Connection { get; set; } = new();

    /// <summary>Data centres beyond Zoho's own, by key (e.g. <c>sandbox</c>): see <see cref="ZohoDataCenterCatalog"/>.</summary>
    public Dictionary<string, ZohoDataCenterOptions> DataCenters { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Refresh this long before expiry (Zoho tokens live 1 h); capped at half the token's lifetime.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles per attempt with jitter. A <c>Retry-After</c> header wins when present.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Calls waiting for a rate-limit permit per organisation before the client fails fast.</summary>
    public int RateLimitQueueLimit { get; set; } = 1000;

    /// <summary>Zoho's maximum <c>per_page</c>.</summary>
    public int PageSize { get; set; } = 200;

    public override string ToString() => $"Zoho Books options ({Connection})";
}
