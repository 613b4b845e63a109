namespace FlowStudio.Core.Lookups;

/// <param name="KeyColumn">Column holding the key; the other columns are values.</param>
/// <param name="IgnoreCase">Match keys without regard to case (e.g. Shopify tax titles).</param>
/// <param name="DefaultValue">Returned when a key is missing and the caller gives no default.</param>
public sealed record LookupTableOptions(string KeyColumn = "key", bool IgnoreCase = false, string? DefaultValue = null);
