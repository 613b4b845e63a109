namespace FlowStudio.Connectors.Runtime;

/// <summary>
/// Secret keys a connection uses for an incoming webhook's signing secret. Any connector's connection
/// (Stripe, Shopify, HubSpot, Ramp, the plain Webhook one) may hold them; the webhook trigger reads them.
/// </summary>
public static class WebhookSecretKeys
{
    /// <summary>The current signing secret (Stripe <c>whsec_…</c>, a Shopify or HubSpot app secret, a shared HMAC key).</summary>
    public const string SigningSecret = "webhookSigningSecret";

    /// <summary>The previous secret, still accepted while a rotation is under way; empty when none.</summary>
    public const string PreviousSigningSecret = "webhookSigningSecretPrevious";
}
