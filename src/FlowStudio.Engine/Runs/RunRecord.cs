using System.Text.Json;
using FlowStudio.Core.Runs;

namespace FlowStudio.Engine.Runs;

/// <summary>A run as stored: which flow version it runs, the trigger payload it started with, and where it is.</summary>
public sealed record RunRecord
{
    public required Guid RunId { get; init; }

    public required string FlowId { get; init; }

    public required int FlowVersion { get; init; }

    /// <summary>The run input; expressions read it as <c>[trigger.…]</c>.</summary>
    public required JsonElement Trigger { get; init; }

    public RunStatus Status { get; init; } = RunStatus.Pending;

    public StepError? Error { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
