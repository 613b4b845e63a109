using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Contracts;

/// <summary>
/// Durable run state. The interpreter writes a step before it runs (Running) and after
/// (Succeeded, Failed or Waiting); a resume reads the snapshot and replays what completed.
/// Implementations must accept concurrent calls for one run (parallel for-each iterations).
/// </summary>
public interface IRunStore
{
    Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>The run with its recorded steps, loop progress and bookmarks; null when unknown.</summary>
    Task<RunSnapshot?> LoadAsync(Guid runId, CancellationToken cancellationToken);

    Task StepStartedAsync(StepRecord record, CancellationToken cancellationToken);

    /// <summary>The step succeeded, or failed into its error port, or parked (Waiting).</summary>
    Task StepCompletedAsync(StepRecord record, CancellationToken cancellationToken);

    Task StepFailedAsync(StepRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Item <paramref name="index"/> of a for-each finished. Its steps are no longer needed for
    /// replay, so a store may summarise or drop them; <paramref name="result"/> is null past the result cap.
    /// </summary>
    Task IterationCompletedAsync(Guid runId, string loopKey, string iterationPath, int index, JsonElement? result, CancellationToken cancellationToken);

    Task SaveRunStatusAsync(Guid runId, RunStatus status, StepError? failure, CancellationToken cancellationToken);

    /// <summary>Creates the bookmark unless one with the same id exists (a re-run of the same wait).</summary>
    Task CreateBookmarkAsync(BookmarkRecord bookmark, CancellationToken cancellationToken);

    Task<BookmarkRecord?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken);

    /// <summary>Records how a wait ended; false when the bookmark is unknown or already resolved.</summary>
    Task<bool> ResolveBookmarkAsync(string bookmarkId, BookmarkResolution resolution, CancellationToken cancellationToken);
}
