namespace FlowStudio.Core.Catalog;

/// <summary>A field of an operation's output; <see cref="Type"/> is text, number, decimal, boolean, date, datetime, list or object.</summary>
public sealed record ConnectorOutputField(string Name, string Type);
