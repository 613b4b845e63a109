namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>
/// A data centre added in configuration (<c>Connectors:ZohoBooks:DataCenters:{key}</c>), e.g. the in-app sandbox
/// as an OAuth server. A relative URL is resolved against the app's own address, so <c>sandbox/zoho-accounts/</c>
/// works whatever port the app listens on.
/// </summary>
public sealed class ZohoDataCenterOptions
{
    /// <summary>What the data-centre picker shows; the key when empty.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public string AccountsUrl { get; set; } = string.Empty;

    public string ApiDomain { get; set; } = string.Empty;
}
