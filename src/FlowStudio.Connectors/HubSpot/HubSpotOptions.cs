using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.HubSpot;

public sealed class HubSpotOptions : ConnectorHttpOptions
{
    public const string SectionName = "Connectors:HubSpot";

    /// <summary>Search pages (HubSpot's maximum is 200).</summary>
    public int PageSize { get; set; } = 100;
}
