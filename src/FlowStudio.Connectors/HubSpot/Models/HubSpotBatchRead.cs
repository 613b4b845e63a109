namespace FlowStudio.Connectors.HubSpot.Models;

/// <summary>A batch read's answer: the objects found and the ids HubSpot could not find (a 207 answer).</summary>
public sealed record HubSpotBatchRead(IReadOnlyList<HubSpotObject> Results, IReadOnlyList<string> MissingIds);
