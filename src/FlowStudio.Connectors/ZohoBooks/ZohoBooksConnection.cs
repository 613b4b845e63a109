namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>
/// One Zoho Books organisation reached through one OAuth client. The sandbox is just another
/// <see cref="AccountsUrl"/>/<see cref="ApiDomain"/>. <see cref="ToString"/> masks every secret.
/// </summary>
public sealed class ZohoBooksConnection
{
    /// <summary>Domain suffix of the data centre: com, eu, in, com.au, jp, ca, com.cn, sa, uk.</summary>
    public string DataCenter { get; set; } = "com";

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    public string RefreshToken { get; set; } = string.Empty;

    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>Overrides the data centre's accounts server (the sandbox, or an <c>accounts-server</c> from consent).</summary>
    public Uri? AccountsUrl { get; set; }

    /// <summary>Overrides the API domain; otherwise the token response's <c>api_domain</c>, else the data centre's.</summary>
    public Uri? ApiDomain { get; set; }

    /// <summary>Path of Books under the API domain; the legacy <c>https://books.zoho.{tld}/api/v3</c> root needs <c>api/v3</c>.</summary>
    public string BooksPath { get; set; } = "books/v3";

    /// <summary>Zoho's per-organisation limit (100/min on every plan today); lower it to leave room for other clients.</summary>
    public int RequestsPerMinute { get; set; } = 100;

    public Uri ResolveAccountsUrl() => AccountsUrl ?? ZohoDataCenters.AccountsUrl(DataCenter);

    /// <exception cref="InvalidOperationException">A required setting is missing.</exception>
    public void Validate()
    {
        string[] missing =
        [
            .. string.IsNullOrWhiteSpace(ClientId) ? ["ClientId"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(ClientSecret) ? ["ClientSecret"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(RefreshToken) ? ["RefreshToken"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(OrganizationId) ? ["OrganizationId"] : Array.Empty<string>(),
        ];
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"The Zoho Books connection is missing {string.Join(", ", missing)}.");
        }

        if (AccountsUrl is null && !ZohoDataCenters.IsKnown(DataCenter))
        {
            throw new InvalidOperationException($"Unknown Zoho data centre '{DataCenter}'.");
        }

        if (RequestsPerMinute < 1)
        {
            throw new InvalidOperationException("RequestsPerMinute must be at least 1.");
        }
    }

    /// <summary>Identifies the token cache entry without holding the secrets themselves.</summary>
    internal string CacheKey => $"{ResolveAccountsUrl()}|{ClientId}|{Fingerprint(ClientSecret + "\n" + RefreshToken)}";

    public override string ToString() =>
        $"Zoho Books (dc {DataCenter}, organization {OrganizationId}, client {Mask(ClientId)}, secret ***, refresh token ***)";

    internal static string Mask(string value) => value.Length <= 8 ? "***" : value[..4] + "…" + value[^4..];

    private static string Fingerprint(string value) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)))[..16];
}
