namespace FlowStudio.Sandbox.ZohoBooks;

/// <summary>The demo app and organisation the app uses for a one-click sandbox connection.</summary>
public static class ZohoSandboxDemo
{
    public const string OrganizationId = "10234695";
    public const string OrganizationName = "FlowStudio Demo Ltd";
    public const string ClientId = "1000.SANDBOXDEMO0000000000000000000000";
    public const string ClientSecret = "sandbox0demo0secret0000000000000000000000000";
    public const string RefreshToken = "1000.sandboxdemo0refresh000000000000000.0000000000000000000000000000000";
    public const string AccountsPath = "/sandbox/zoho-accounts";
    public const string ApiDomainPath = "/sandbox/zoho";
    public const string BooksPath = "/sandbox/zoho/books/v3";
    public const int Seed = 20250101;
}
