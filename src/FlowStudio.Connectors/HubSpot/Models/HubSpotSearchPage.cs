namespace FlowStudio.Connectors.HubSpot.Models;

public sealed record HubSpotSearchPage(int Total, IReadOnlyList<HubSpotObject> Results, HubSpotPaging? Paging);
