namespace FlowStudio.Sandbox.Stripe;

/// <summary>The demo Stripe account the app uses for a one-click sandbox connection.</summary>
public static class StripeSandboxDemo
{
    public const string SecretKey = "sk_test_51FlowStudioSandboxDemo00000000000000000000000000000000000000000000";
    public const string WebhookSigningSecret = "whsec_FlowStudioSandboxDemoSigningSecret0000";
    public const string AccountId = "acct_1FlowStudioDemo";
    public const string ApiVersion = "2024-06-20";

    /// <summary>The sandbox's API base: <c>https://api.stripe.com</c> becomes this under the app's address.</summary>
    public const string BasePath = "/sandbox/stripe";
    public const string ApiPath = "/sandbox/stripe/v1";
}
