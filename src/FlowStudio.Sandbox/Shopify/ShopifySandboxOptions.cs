namespace FlowStudio.Sandbox.Shopify;

public sealed class ShopifySandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-shopify.db");

    public string AccessToken { get; set; } = ShopifySandboxDemo.AccessToken;

    public string WebhookSigningSecret { get; set; } = ShopifySandboxDemo.WebhookSigningSecret;

    /// <summary>The REST leaky bucket (40 calls, leaking 2 per second); on by default as on every real shop.</summary>
    public bool RateLimitEnabled { get; set; } = true;

    public int BucketSize { get; set; } = 40;

    public double LeakPerSecond { get; set; } = 2;
}
