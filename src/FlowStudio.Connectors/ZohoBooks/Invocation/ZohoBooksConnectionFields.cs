using System.Collections.Immutable;
using FlowStudio.Core.Connections;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>What a person fills to connect a Zoho Books organisation (a self-client or server-based OAuth client).</summary>
internal static class ZohoBooksConnectionFields
{
    private static readonly Dictionary<string, string> DataCenterNames = new(StringComparer.Ordinal)
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

    public static ImmutableArray<ConnectionFieldDescriptor> All { get; } =
    [
        new(ZohoBooksConnectionSettings.DataCenter, "Data centre")
        {
            DefaultValue = "com",
            HelpText = "Where the Zoho account lives: the domain you sign in at (accounts.zoho.eu → Europe).",
            Options = [.. ZohoDataCenters.All.Select(dc => KeyValuePair.Create(dc, DataCenterNames.GetValueOrDefault(dc, dc)))],
        },
        new(ZohoBooksConnectionSettings.ClientId, "Client id")
        {
            HelpText = "From the Zoho API console (api-console.zoho.com), e.g. 1000.XXXXXXXX.",
        },
        new(ZohoBooksConnectionSettings.ClientSecret, "Client secret") { IsSecret = true },
        new(ZohoBooksConnectionSettings.RefreshToken, "Refresh token")
        {
            IsSecret = true,
            HelpText = "Generated once with offline access and the ZohoBooks scopes (e.g. ZohoBooks.fullaccess.all).",
        },
        new(ZohoBooksConnectionSettings.OrganizationId, "Organisation id")
        {
            HelpText = "Zoho Books › Settings › Organisation profile; 'Test connection' lists the organisations the token reaches.",
        },
        new(ZohoBooksConnectionSettings.RequestsPerMinute, "Requests per minute")
        {
            Required = false,
            DefaultValue = "100",
            HelpText = "Zoho allows 100 per minute per organisation; set lower to leave room for other integrations.",
        },
    ];
}
