namespace FlowStudio.Core.Catalog;

/// <summary>Holds when the config field <see cref="FieldKey"/> equals <see cref="Value"/>.</summary>
public sealed record FieldCondition(string FieldKey, string Value);
