namespace FlowStudio.Sandbox.Coupa;

/// <summary>The demo Coupa instance the app uses for a one-click sandbox connection.</summary>
public static class CoupaSandboxDemo
{
    /// <summary>Stands in for <c>https://{instance}.coupahost.com</c>; the API is at <c>api/</c> below it, the token at <c>oauth2/token</c>.</summary>
    public const string BasePath = "/sandbox/coupa";
    public const string ApiPath = BasePath + "/api";
    public const string TokenPath = BasePath + "/oauth2/token";

    public const string ClientId = "coupa_client_flowstudio_sandbox_demo";
    public const string ClientSecret = "coupa_secret_flowstudio_sandbox_demo_0000000000";
    public const string ApiKey = "coupa_api_key_flowstudio_sandbox_demo_00000000000000";

    public const string ReadScope = "core.supplier.read";
    public const string WriteScope = "core.supplier.write";

    /// <summary>Seeded suppliers: ids 1001 to 1036.</summary>
    public const int SupplierCount = 36;
    public const long FirstSupplierId = 1001;
}
