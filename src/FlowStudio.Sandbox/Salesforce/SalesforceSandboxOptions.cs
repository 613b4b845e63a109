namespace FlowStudio.Sandbox.Salesforce;

public sealed class SalesforceSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-salesforce.db");

    /// <summary>Records per query batch before <c>nextRecordsUrl</c>; Salesforce's default and maximum is 2,000.</summary>
    public int QueryBatchSize { get; set; } = 2000;

    /// <summary>The org's rolling 24-hour API allocation, reported in <c>Sforce-Limit-Info</c>.</summary>
    public int DailyApiRequests { get; set; } = 100_000;

    /// <summary>Access tokens are sessions; after this they answer 401 INVALID_SESSION_ID.</summary>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromHours(2);
}
