namespace FlowStudio.Core.Lookups;

/// <summary>A row of a lookup table: its key and value column → value.</summary>
public sealed record LookupRow(string Key, IReadOnlyDictionary<string, string> Values);
