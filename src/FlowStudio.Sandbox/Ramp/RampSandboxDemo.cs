namespace FlowStudio.Sandbox.Ramp;

/// <summary>The demo Ramp business the app uses for a one-click sandbox connection.</summary>
public static class RampSandboxDemo
{
    public const string ClientId = "ramp_id_flowstudio_sandbox_demo";
    public const string ClientSecret = "ramp_sec_flowstudio_sandbox_demo_000000000000";
    public const string WebhookSigningSecret = "ramp_whsec_flowstudio_sandbox_demo_0000";

    /// <summary>Stands in for <c>https://api.ramp.com</c>; the API is at <c>developer/v1</c> below it.</summary>
    public const string BasePath = "/sandbox/ramp";
    public const string ApiPath = "/sandbox/ramp/developer/v1";
}
