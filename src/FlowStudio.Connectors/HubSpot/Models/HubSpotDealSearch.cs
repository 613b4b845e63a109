namespace FlowStudio.Connectors.HubSpot.Models;

/// <summary>A deal search: filters AND-ed in one group, sorted by last modification (oldest first) so polling can resume.</summary>
public sealed record HubSpotDealSearch(IReadOnlyList<HubSpotFilter> Filters, IReadOnlyList<string> Properties);
