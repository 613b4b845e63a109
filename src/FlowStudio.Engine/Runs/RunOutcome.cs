using FlowStudio.Core.Runs;

namespace FlowStudio.Engine.Runs;

/// <summary>Where a call to the interpreter left the run.</summary>
public sealed record RunOutcome(Guid RunId, RunStatus Status)
{
    public StepError? Error { get; init; }

    /// <summary>The node that failed the run, or the one it waits on.</summary>
    public string? NodeId { get; init; }

    /// <summary>When a Waiting run has asked to be resumed (a delay or a retry); null when it waits for a person.</summary>
    public DateTimeOffset? ResumeAt { get; init; }

    public string? BookmarkId { get; init; }
}
