namespace FlowStudio.Sandbox.Salesforce;

/// <summary>The demo org and connected app behind a one-click Salesforce sandbox connection.</summary>
public static class SalesforceSandboxDemo
{
    /// <summary>Stands in for both <c>https://login.salesforce.com</c> and the org's <c>instance_url</c>.</summary>
    public const string BasePath = "/sandbox/salesforce";

    public const string TokenPath = BasePath + "/services/oauth2/token";

    public const string DataPath = BasePath + "/services/data";

    public const string ApiVersion = "v62.0";

    public const string OrganizationId = "00D000000000001EAA";
    public const string UserId = "005000000000001AAA";
    public const string ClientId = "3MVG9sandboxDemoFlowStudioConsumerKey.000000000000000000000000000000000000000";
    public const string ClientSecret = "SANDBOXDEMO0000000000000000000000000000000000000000000000000000001";
    public const string RefreshToken = "5Aep861sandboxDemoRefreshToken000000000000000000000000000000000000000000000000";
}
