namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>Zoho's data centres by domain suffix: the accounts server and the default API domain of each.</summary>
public static class ZohoDataCenters
{
    private static readonly Dictionary<string, (string Accounts, string Api)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["com"] = ("https://accounts.zoho.com", "https://www.zohoapis.com"),
        ["eu"] = ("https://accounts.zoho.eu", "https://www.zohoapis.eu"),
        ["in"] = ("https://accounts.zoho.in", "https://www.zohoapis.in"),
        ["com.au"] = ("https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
        ["jp"] = ("https://accounts.zoho.jp", "https://www.zohoapis.jp"),
        ["ca"] = ("https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
        ["com.cn"] = ("https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn"),
        ["sa"] = ("https://accounts.zoho.sa", "https://www.zohoapis.sa"),

        // Not in APIS.md's table (opened after it was written); same naming pattern as the others.
        ["uk"] = ("https://accounts.zoho.uk", "https://www.zohoapis.uk"),
    };

    public static IReadOnlyCollection<string> All => Known.Keys;

    public static bool IsKnown(string dataCenter) => Known.ContainsKey(dataCenter);

    /// <exception cref="ArgumentException">The data centre is not one of <see cref="All"/>.</exception>
    public static Uri AccountsUrl(string dataCenter) => new(Lookup(dataCenter).Accounts);

    /// <exception cref="ArgumentException">The data centre is not one of <see cref="All"/>.</exception>
    public static Uri ApiDomain(string dataCenter) => new(Lookup(dataCenter).Api);

    private static (string Accounts, string Api) Lookup(string dataCenter) =>
        Known.TryGetValue(dataCenter, out var urls)
            ? urls
            : throw new ArgumentException($"Unknown Zoho data centre '{dataCenter}'. Known: {string.Join(", ", Known.Keys)}.", nameof(dataCenter));
}
