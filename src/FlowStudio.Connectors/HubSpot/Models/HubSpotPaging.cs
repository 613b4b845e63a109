namespace FlowStudio.Connectors.HubSpot.Models;

public sealed record HubSpotPaging(HubSpotNextPage? Next);
