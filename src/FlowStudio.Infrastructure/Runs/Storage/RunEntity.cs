using FlowStudio.Core.Runs;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// A run row: scalar columns for listing, filtering and claiming, the trigger payload, and a versioned
/// JSON payload (<see cref="RunStatePayload"/>) for what does not need an index.
/// </summary>
internal sealed class RunEntity
{
    public Guid Id { get; set; }

    public Guid FlowId { get; set; }

    public int FlowVersion { get; set; }

    public RunStatus Status { get; set; }

    /// <summary>Business text to find a run by, e.g. a Stripe charge id.</summary>
    public string? Correlation { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public required string TriggerJson { get; set; }

    public string? StateJson { get; set; }

    public string? ErrorMessage { get; set; }

    public string? ErrorCode { get; set; }

    /// <summary>
    /// When a worker may claim the run: set when it is queued, when its timer is due, when a wait is
    /// resolved, or when its lease expired; null while it runs or waits for a person, and once it ended.
    /// </summary>
    public DateTimeOffset? ReadyAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>How many times a worker took the run (first start, resumes, recoveries).</summary>
    public int ClaimCount { get; set; }

    /// <summary>The run this one re-runs with the same input.</summary>
    public Guid? SourceRunId { get; set; }

    public string? StartedBy { get; set; }
}
