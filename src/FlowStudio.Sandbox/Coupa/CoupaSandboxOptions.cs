namespace FlowStudio.Sandbox.Coupa;

public sealed class CoupaSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-coupa.db");

    public string ClientId { get; set; } = CoupaSandboxDemo.ClientId;

    public string ClientSecret { get; set; } = CoupaSandboxDemo.ClientSecret;

    public string ApiKey { get; set; } = CoupaSandboxDemo.ApiKey;

    /// <summary>Coupa issues client-credentials tokens for 24 hours.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Coupa returns at most 50 records a request.</summary>
    public int MaxPageSize { get; set; } = 50;
}
