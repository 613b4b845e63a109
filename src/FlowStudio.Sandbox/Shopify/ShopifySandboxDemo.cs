namespace FlowStudio.Sandbox.Shopify;

/// <summary>The demo shop the app uses for a one-click sandbox connection.</summary>
public static class ShopifySandboxDemo
{
    public const string ShopDomain = "flowstudio-demo.myshopify.com";
    public const string AccessToken = "shpat_flowstudiosandboxdemo000000000000000";

    /// <summary>The app's client secret, which signs webhooks (X-Shopify-Hmac-Sha256).</summary>
    public const string WebhookSigningSecret = "shpss_flowstudiosandboxdemo00000000000000";
    public const string ApiVersion = "2024-07";

    /// <summary>The sandbox stands in for <c>https://{shop}.myshopify.com</c>; the Admin API is at <c>admin/api/{version}</c> below it.</summary>
    public const string BasePath = "/sandbox/shopify";
}
