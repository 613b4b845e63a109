namespace FlowStudio.Sandbox.HubSpot;

public sealed class HubSpotSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-hubspot.db");

    public string AccessToken { get; set; } = HubSpotSandboxDemo.AccessToken;

    public string ClientSecret { get; set; } = HubSpotSandboxDemo.ClientSecret;

    /// <summary>HubSpot's per-app burst limit (about 100 requests per rolling 10 s); off by default.</summary>
    public bool RateLimitEnabled { get; set; }

    public int RequestsPerTenSeconds { get; set; } = 100;
}
