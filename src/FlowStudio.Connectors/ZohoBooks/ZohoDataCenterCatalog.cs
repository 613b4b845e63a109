using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>
/// The data centres a connection may name: Zoho's own (<see cref="ZohoDataCenters"/>) plus those configured in
/// <see cref="ZohoBooksOptions.DataCenters"/>. It is also the allow-list for the <c>accounts-server</c> a consent
/// redirect names: a code is only ever exchanged at a server listed here.
/// </summary>
public sealed class ZohoDataCenterCatalog
{
    private static readonly Dictionary<string, string> BuiltInNames = new(StringComparer.Ordinal)
    {
        ["com"] = "United States (zoho.com)",
        ["eu"] = "Europe (zoho.eu)",
        ["uk"] = "United Kingdom (zoho.uk)",
        ["in"] = "India (zoho.in)",
        ["com.au"] = "Australia (zoho.com.au)",
        ["jp"] = "Japan (zoho.jp)",
        ["ca"] = "Canada (zohocloud.ca)",
        ["com.cn"] = "China (zoho.com.cn)",
        ["sa"] = "Saudi Arabia (zoho.sa)",
    };

    private readonly Dictionary<string, ZohoDataCenterOptions> configured;

    public ZohoDataCenterCatalog(IOptions<ZohoBooksOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        configured = new Dictionary<string, ZohoDataCenterOptions>(options.Value.DataCenters, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, dataCenter) in configured)
        {
            if (ZohoDataCenters.IsKnown(key))
            {
                throw new InvalidOperationException($"{ZohoBooksOptions.SectionName}:DataCenters:{key}: '{key}' is one of Zoho's own data centres; choose another key.");
            }

            if (!Uri.TryCreate(dataCenter.AccountsUrl, UriKind.RelativeOrAbsolute, out _) || string.IsNullOrWhiteSpace(dataCenter.AccountsUrl)
                || !Uri.TryCreate(dataCenter.ApiDomain, UriKind.RelativeOrAbsolute, out _) || string.IsNullOrWhiteSpace(dataCenter.ApiDomain))
            {
                throw new InvalidOperationException($"{ZohoBooksOptions.SectionName}:DataCenters:{key}: AccountsUrl and ApiDomain must both be URLs.");
            }
        }
    }

    private ZohoDataCenterCatalog() => configured = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Only Zoho's own data centres.</summary>
    public static ZohoDataCenterCatalog BuiltIn { get; } = new();

    /// <summary>Zoho's data centres, then the configured ones.</summary>
    public IReadOnlyList<string> Keys => [.. ZohoDataCenters.All, .. configured.Keys];

    public bool IsKnown(string? key) => key is not null && (ZohoDataCenters.IsKnown(key) || configured.ContainsKey(key));

    /// <summary>Why <paramref name="key"/> cannot be used as a data centre, naming the ones that can; null when it is known.</summary>
    public string? UnknownProblem(string? key) =>
        IsKnown(key) ? null : $"Data centre: '{key}' is not one of {string.Join(", ", Keys)}.";

    public bool IsConfigured(string? key) => key is not null && configured.ContainsKey(key);

    public string DisplayName(string key) =>
        configured.TryGetValue(key, out var dc) ? (string.IsNullOrWhiteSpace(dc.DisplayName) ? key : dc.DisplayName)
        : BuiltInNames.GetValueOrDefault(key, key);

    /// <summary>The accounts server of <paramref name="key"/>; null for an unknown key or a relative URL without <paramref name="appBase"/>.</summary>
    public Uri? AccountsUrl(string key, Uri? appBase) =>
        configured.TryGetValue(key, out var dc) ? Resolve(dc.AccountsUrl, appBase)
        : ZohoDataCenters.IsKnown(key) ? ZohoDataCenters.AccountsUrl(key) : null;

    /// <summary>The API domain of <paramref name="key"/>; null for an unknown key or a relative URL without <paramref name="appBase"/>.</summary>
    public Uri? ApiDomain(string key, Uri? appBase) =>
        configured.TryGetValue(key, out var dc) ? Resolve(dc.ApiDomain, appBase)
        : ZohoDataCenters.IsKnown(key) ? ZohoDataCenters.ApiDomain(key) : null;

    /// <summary>The data centre whose accounts server is <paramref name="accountsServer"/> (scheme, host, port and path compared), or null.</summary>
    public string? KeyOfAccountsServer(string? accountsServer, Uri? appBase)
    {
        if (!Uri.TryCreate(accountsServer, UriKind.Absolute, out var server))
        {
            return null;
        }

        return Keys.FirstOrDefault(key => AccountsUrl(key, appBase) is { } known && SameServer(known, server));
    }

    /// <summary>Points <paramref name="connection"/> at a configured data centre's servers; Zoho's own need nothing.</summary>
    /// <exception cref="InvalidOperationException">The data centre's URLs are relative and the app's address is unknown.</exception>
    public void Apply(ZohoBooksConnection connection, Uri? appBase)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsConfigured(connection.DataCenter))
        {
            return;
        }

        connection.AccountsUrl ??= AccountsUrl(connection.DataCenter, appBase)
            ?? throw new InvalidOperationException($"Data centre '{connection.DataCenter}' is relative to the app's address, which is not known yet.");
        connection.ApiDomain ??= ApiDomain(connection.DataCenter, appBase)
            ?? throw new InvalidOperationException($"Data centre '{connection.DataCenter}' is relative to the app's address, which is not known yet.");
    }

    private static Uri? Resolve(string url, Uri? appBase) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute
        : appBase is null ? null
        : new Uri(appBase, url.TrimStart('/'));

    private static bool SameServer(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
        && string.Equals(a.AbsolutePath.TrimEnd('/'), b.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
