namespace FlowStudio.Core.Catalog;

/// <summary>A named port. A required output must be connected for the flow to validate.</summary>
public sealed record PortDescriptor(string Name, string Label, bool Required = false);
