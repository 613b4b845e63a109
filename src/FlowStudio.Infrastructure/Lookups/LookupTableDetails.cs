namespace FlowStudio.Infrastructure.Lookups;

/// <summary>A stored lookup table with everything the editor needs.</summary>
public sealed record LookupTableDetails(LookupTableSummary Summary, LookupTableDocument Document);
