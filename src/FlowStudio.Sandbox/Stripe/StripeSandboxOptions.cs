namespace FlowStudio.Sandbox.Stripe;

public sealed class StripeSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-stripe.db");

    public string SecretKey { get; set; } = StripeSandboxDemo.SecretKey;

    public string WebhookSigningSecret { get; set; } = StripeSandboxDemo.WebhookSigningSecret;

    /// <summary>Stripe's test-mode limit is about 25 requests per second; off by default so demos never trip it.</summary>
    public bool RateLimitEnabled { get; set; }

    public int RequestsPerSecond { get; set; } = 25;
}
