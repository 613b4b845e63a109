namespace FlowStudio.Sandbox.Gmail;

/// <summary>The demo Google account behind a one-click Gmail sandbox connection.</summary>
public static class GmailSandboxDemo
{
    public const string BasePath = "/sandbox/gmail";

    /// <summary>Stands in for <c>https://oauth2.googleapis.com/token</c>.</summary>
    public const string TokenPath = "/sandbox/gmail/token";

    /// <summary>Stands in for <c>https://gmail.googleapis.com/gmail/v1</c>.</summary>
    public const string ApiPath = "/sandbox/gmail/gmail/v1";

    public const string EmailAddress = "finance@flowstudio-demo.example";
    public const string ClientId = "000000000001-sandboxdemogmail.apps.googleusercontent.com";
    public const string ClientSecret = "GOCSPX-sandbox-demo-gmail-secret0";
    public const string RefreshToken = "1//0sandbox-demo-gmail-refresh-token-000000000000";
    public const string Scope = "https://www.googleapis.com/auth/gmail.send https://www.googleapis.com/auth/gmail.readonly";
}
