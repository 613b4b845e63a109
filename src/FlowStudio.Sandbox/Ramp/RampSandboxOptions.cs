namespace FlowStudio.Sandbox.Ramp;

public sealed class RampSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-ramp.db");

    public string ClientId { get; set; } = RampSandboxDemo.ClientId;

    public string ClientSecret { get; set; } = RampSandboxDemo.ClientSecret;

    public string WebhookSigningSecret { get; set; } = RampSandboxDemo.WebhookSigningSecret;

    /// <summary>Header carrying the signature; Ramp's name could not be confirmed (APIS.md: UNVERIFIED), so it is configurable.</summary>
    public string SignatureHeader { get; set; } = "X-Ramp-Webhook-Signature";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(10);
}
