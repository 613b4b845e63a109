namespace FlowStudio.Sandbox.ZohoBooks;

public sealed class ZohoSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "zoho-sandbox.db");

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public bool RateLimitEnabled { get; set; }

    public int RateLimitPerMinute { get; set; } = 100;

    public int Seed { get; set; } = ZohoSandboxDemo.Seed;

    public string OrganizationId { get; set; } = ZohoSandboxDemo.OrganizationId;

    public string ClientId { get; set; } = ZohoSandboxDemo.ClientId;

    public string ClientSecret { get; set; } = ZohoSandboxDemo.ClientSecret;

    public string RefreshToken { get; set; } = ZohoSandboxDemo.RefreshToken;
}
