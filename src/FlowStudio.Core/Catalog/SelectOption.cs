namespace FlowStudio.Core.Catalog;

public sealed record SelectOption(string Value, string Label);
