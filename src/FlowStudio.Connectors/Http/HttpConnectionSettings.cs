namespace FlowStudio.Connectors.Http;

/// <summary>The keys of a generic HTTP connection: where its credentials may be sent and how.</summary>
public static class HttpConnectionSettings
{
    public const string Connector = "http";

    /// <summary>Credentials go only to URLs under this address (scheme, host, port and path prefix).</summary>
    public const string BaseUrl = "baseUrl";

    /// <summary>bearer, basic, header or none.</summary>
    public const string AuthType = "authType";

    public const string Username = "username";

    public const string HeaderName = "headerName";

    /// <summary>Secret: the bearer token.</summary>
    public const string Token = "token";

    /// <summary>Secret: the basic-auth password.</summary>
    public const string Password = "password";

    /// <summary>Secret: the value of the custom header (an API key).</summary>
    public const string HeaderValue = "headerValue";
}
