using System.Collections.Immutable;
using FlowStudio.Core.Connections;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>What a person fills to connect a Zoho Books organisation (a self-client or server-based OAuth client).</summary>
internal static class ZohoBooksConnectionFields
{
    /// <summary>The fields, with the data-centre choice listing Zoho's data centres and any configured in <paramref name="dataCenters"/>.</summary>
    public static ImmutableArray<ConnectionFieldDescriptor> For(ZohoDataCenterCatalog dataCenters) =>
    [
        new(ZohoBooksConnectionSettings.DataCenter, "Data centre")
        {
            DefaultValue = "com",
            HelpText = "Where the Zoho account lives: the domain you sign in at (accounts.zoho.eu → Europe).",
            Options = [.. dataCenters.Keys.Select(dc => KeyValuePair.Create(dc, dataCenters.DisplayName(dc)))],
        },
        new(ZohoBooksConnectionSettings.ClientId, "Client id")
        {
            HelpText = "From the Zoho API console (api-console.zoho.com), e.g. 1000.XXXXXXXX.",
        },
        new(ZohoBooksConnectionSettings.ClientSecret, "Client secret") { IsSecret = true },
        new(ZohoBooksConnectionSettings.RefreshToken, "Refresh token")
        {
            IsSecret = true,
            HelpText = "Paste one generated with offline access and the ZohoBooks scopes, or use 'Sign in with Zoho' to get one.",
        },
        new(ZohoBooksConnectionSettings.OrganizationId, "Organisation id")
        {
            HelpText = "Zoho Books › Settings › Organisation profile; 'Find organisations' lists the organisations the token reaches.",
        },
        new(ZohoBooksConnectionSettings.RequestsPerMinute, "Requests per minute")
        {
            Required = false,
            DefaultValue = "100",
            Type = ConnectionFieldType.WholeNumber,
            Minimum = 1,
            Maximum = 1000,
            HelpText = "Zoho allows 100 per minute per organisation; set lower to leave room for other integrations.",
        },
    ];
}
