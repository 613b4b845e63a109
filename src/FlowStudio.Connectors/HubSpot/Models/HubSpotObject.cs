namespace FlowStudio.Connectors.HubSpot.Models;

/// <summary>A CRM object (deal, line item, note…): HubSpot sends every property value as a string (or null).</summary>
public sealed record HubSpotObject(
    string Id,
    IReadOnlyDictionary<string, string?> Properties,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    bool Archived,
    IReadOnlyDictionary<string, HubSpotAssociationList>? Associations);
