namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>How a webhook delivery proves who sent it; the node's <c>provider</c> config value.</summary>
public enum WebhookScheme
{
    Stripe,
    Shopify,
    HubSpot,
    GenericHmac,
    StaticSecret,
    None,
}
