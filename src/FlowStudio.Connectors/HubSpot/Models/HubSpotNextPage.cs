namespace FlowStudio.Connectors.HubSpot.Models;

public sealed record HubSpotNextPage(string After);
