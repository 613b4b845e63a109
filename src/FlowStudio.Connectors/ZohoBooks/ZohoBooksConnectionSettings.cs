using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>
/// The keys a stored Zoho Books connection keeps: plain settings and (encrypted) secrets, and how they become
/// a <see cref="ZohoBooksConnection"/>. A sandbox connection points at the in-app sandbox with its demo client.
/// </summary>
public static class ZohoBooksConnectionSettings
{
    public const string DataCenter = "dataCenter";
    public const string ClientId = "clientId";
    public const string OrganizationId = "organizationId";
    public const string RequestsPerMinute = "requestsPerMinute";

    /// <summary>Secret.</summary>
    public const string ClientSecret = "clientSecret";

    /// <summary>Secret.</summary>
    public const string RefreshToken = "refreshToken";

    /// <summary>Path of the sandbox's accounts server under the app's base address.</summary>
    public const string SandboxAccountsPath = "sandbox/zoho-accounts/";

    /// <summary>Path of the sandbox's API domain under the app's base address (Books lives at <c>books/v3</c> below it).</summary>
    public const string SandboxApiPath = "sandbox/zoho/";

    /// <summary>
    /// The client settings of a stored connection; a configured data centre (<paramref name="dataCenters"/>) gets its
    /// servers resolved against the app's address.
    /// </summary>
    public static ZohoBooksConnection ToConnection(ResolvedConnection connection, ZohoDataCenterCatalog? dataCenters = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = new ZohoBooksConnection
        {
            DataCenter = connection.Setting(DataCenter) ?? "com",
            ClientId = connection.Setting(ClientId) ?? string.Empty,
            OrganizationId = connection.Setting(OrganizationId) ?? string.Empty,
            ClientSecret = connection.Secret(ClientSecret) ?? string.Empty,
            RefreshToken = connection.Secret(RefreshToken) ?? string.Empty,
        };
        if (int.TryParse(connection.Setting(RequestsPerMinute), out var perMinute))
        {
            result.RequestsPerMinute = perMinute;
        }

        if (connection.IsSandbox)
        {
            var baseUrl = connection.SandboxBaseUrl
                ?? throw new InvalidOperationException($"{connection} has no sandbox address.");
            result.AccountsUrl = new Uri(baseUrl, SandboxAccountsPath);
            result.ApiDomain = new Uri(baseUrl, SandboxApiPath);
        }

        else
        {
            (dataCenters ?? ZohoDataCenterCatalog.BuiltIn).Apply(result, connection.SandboxBaseUrl);
        }

        return result;
    }
}
