using System.Text.RegularExpressions;
using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>The keys a stored Salesforce connection keeps; a sandbox connection logs in at <c>sandbox/salesforce/</c>.</summary>
public static partial class SalesforceConnectionSettings
{
    public const string Connector = "salesforce";

    /// <summary>https://login.salesforce.com, https://test.salesforce.com (sandbox orgs) or a My Domain login URL.</summary>
    public const string LoginUrl = "loginUrl";
    public const string ClientId = "clientId";
    public const string ApiVersion = "apiVersion";

    /// <summary>Secret.</summary>
    public const string ClientSecret = "clientSecret";

    /// <summary>Secret.</summary>
    public const string RefreshToken = "refreshToken";

    public const string DefaultApiVersion = "v62.0";

    public const string SandboxLoginPath = "sandbox/salesforce/";

    /// <exception cref="InvalidOperationException">A credential is missing or the login URL or API version is malformed.</exception>
    public static SalesforceConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Uri login;
        if (connection.IsSandbox)
        {
            login = new Uri(connection.SandboxBaseUrl ?? throw new InvalidOperationException($"{connection} has no sandbox address."), SandboxLoginPath);
        }
        else
        {
            var text = connection.Setting(LoginUrl);
            if (string.IsNullOrWhiteSpace(text))
            {
                login = SalesforceConnection.Production;
            }
            else if (!Uri.TryCreate(text.Trim().TrimEnd('/') + "/", UriKind.Absolute, out login!) || login.Scheme != Uri.UriSchemeHttps)
            {
                throw new InvalidOperationException($"The login URL '{text}' is not an https address such as https://login.salesforce.com.");
            }
        }

        var version = connection.Setting(ApiVersion);
        version = string.IsNullOrWhiteSpace(version) ? DefaultApiVersion : version.Trim();
        if (!VersionPattern().IsMatch(version))
        {
            throw new InvalidOperationException($"The API version '{version}' is not of the form v62.0.");
        }

        string[] missing =
        [
            .. string.IsNullOrWhiteSpace(connection.Setting(ClientId)) ? ["consumer key"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(connection.Secret(ClientSecret)) ? ["consumer secret"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(connection.Secret(RefreshToken)) ? ["refresh token"] : Array.Empty<string>(),
        ];
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"The Salesforce connection is missing its {string.Join(", ", missing)}.");
        }

        return new SalesforceConnection(login, connection.Setting(ClientId)!.Trim(), connection.Secret(ClientSecret)!, connection.Secret(RefreshToken)!, version);
    }

    [GeneratedRegex(@"^v\d{2}\.0$")]
    private static partial Regex VersionPattern();
}
