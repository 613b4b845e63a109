namespace FlowStudio.Connectors.HubSpot.Models;

public sealed record HubSpotAssociation(string Id, string? Type);
