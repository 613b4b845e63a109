using System.Text.Json;
using FlowStudio.Core.Runs;

namespace FlowStudio.Web.Designer.TestRuns;

/// <summary>How one node did in a test run: status, time, what went in and came out, the port taken and any error.</summary>
public sealed record NodeRunResult(string NodeId, StepStatus Status)
{
    public TimeSpan? Duration { get; init; }

    public JsonElement? Input { get; init; }

    public JsonElement? Output { get; init; }

    public string? Port { get; init; }

    public string? Error { get; init; }

    /// <summary>How many times the node ran (more than one inside a for-each); the other fields are from the first.</summary>
    public int Executions { get; init; } = 1;
}
