namespace FlowStudio.Sandbox.GoogleSheets;

public sealed class GoogleSheetsSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-sheets.db");

    /// <summary>Sheets allows 300 write requests per minute per project; off by default so demos never stall.</summary>
    public bool RateLimitEnabled { get; set; }

    public int WritesPerMinute { get; set; } = 300;
}
