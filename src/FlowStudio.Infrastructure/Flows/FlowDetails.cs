using FlowStudio.Core.Flows;

namespace FlowStudio.Infrastructure.Flows;

/// <summary>A flow with its latest version's graph and the list of all versions.</summary>
public sealed record FlowDetails(FlowSummary Flow, FlowDefinition Latest, IReadOnlyList<FlowVersionSummary> Versions);
