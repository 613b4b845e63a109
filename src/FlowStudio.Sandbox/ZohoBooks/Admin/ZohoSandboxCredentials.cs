namespace FlowStudio.Sandbox.ZohoBooks.Admin;

public sealed record ZohoSandboxCredentials(
    string ClientId,
    string ClientSecret,
    string RefreshToken,
    string OrganizationId,
    string AccountsServer,
    string ApiDomain);
