using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.Coupa;

/// <summary>
/// The keys a stored Coupa connection keeps and how they become a <see cref="CoupaConnection"/>. Either an API key
/// (<c>X-COUPA-API-KEY</c>) or an OAuth client (client credentials) authenticates; a sandbox connection points at
/// <c>sandbox/coupa/</c> of the app.
/// </summary>
public static class CoupaConnectionSettings
{
    public const string Connector = "coupa";

    /// <summary>e.g. https://acme.coupahost.com (the instance's own address).</summary>
    public const string InstanceUrl = "instanceUrl";
    public const string ClientId = "clientId";
    public const string Scopes = "scopes";

    /// <summary>Secret: an OAuth client's secret.</summary>
    public const string ClientSecret = "clientSecret";

    /// <summary>Secret: a legacy API key, sent as <c>X-COUPA-API-KEY</c>.</summary>
    public const string ApiKey = "apiKey";

    public const string DefaultScopes = "core.supplier.read core.supplier.write";

    public const string SandboxPath = "sandbox/coupa/";

    /// <exception cref="ConnectorConnectionException">The instance address is malformed or no credential is given.</exception>
    public static CoupaConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Uri baseUrl;
        if (connection.IsSandbox)
        {
            baseUrl = new Uri(connection.SandboxBaseUrl ?? throw new ConnectorConnectionException($"{connection} has no sandbox address."), SandboxPath);
        }
        else
        {
            var text = connection.Setting(InstanceUrl);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ConnectorConnectionException("The Coupa connection needs its instance URL, e.g. https://acme.coupahost.com.");
            }

            if (!Uri.TryCreate(text.Trim().TrimEnd('/') + "/", UriKind.Absolute, out baseUrl!) || baseUrl.Scheme != Uri.UriSchemeHttps)
            {
                throw new ConnectorConnectionException($"The Coupa instance URL '{text}' is not an https address such as https://acme.coupahost.com.");
            }
        }

        var result = new CoupaConnection
        {
            BaseUrl = baseUrl,
            ApiKey = Blank(connection.Secret(ApiKey)),
            ClientId = Blank(connection.Setting(ClientId)),
            ClientSecret = Blank(connection.Secret(ClientSecret)),
            Scopes = Blank(connection.Setting(Scopes)) ?? DefaultScopes,
        };
        result.Validate();
        return result;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
