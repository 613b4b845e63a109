namespace FlowStudio.Connectors.HubSpot.Models;

public sealed record HubSpotAssociationList(IReadOnlyList<HubSpotAssociation> Results);
