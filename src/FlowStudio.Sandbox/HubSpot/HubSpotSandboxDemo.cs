namespace FlowStudio.Sandbox.HubSpot;

/// <summary>The demo HubSpot portal the app uses for a one-click sandbox connection.</summary>
public static class HubSpotSandboxDemo
{
    /// <summary>A private-app access token.</summary>
    public const string AccessToken = "pat-na1-flowstudio-sandbox-demo-0000-000000000000";

    /// <summary>The app's client secret, which signs v3 webhooks (X-HubSpot-Signature-v3).</summary>
    public const string ClientSecret = "hubspot-sandbox-demo-client-secret-000000";
    public const long PortalId = 62515;

    /// <summary>Stands in for <c>https://api.hubapi.com</c>.</summary>
    public const string BasePath = "/sandbox/hubspot";
}
