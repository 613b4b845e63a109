namespace FlowStudio.Core.Connections;

/// <summary>
/// A stored connection as pickers and lists show it: never a secret. <see cref="Id"/> is the value a
/// node's <c>connection</c> config field holds.
/// </summary>
public sealed record ConnectionSummary(string Id, string Name, string Connector, bool IsSandbox);
