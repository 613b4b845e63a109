using FlowStudio.Core.Runs;

namespace FlowStudio.Web.Designer.TestRuns;

/// <summary>The outcome of running a draft in the designer, per node; nodes the run never reached are Skipped.</summary>
public sealed record TestRunResult(RunStatus Status, IReadOnlyDictionary<string, NodeRunResult> Nodes, TimeSpan Elapsed)
{
    public string? Error { get; init; }

    public string? FailedNodeId { get; init; }
}
