using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Tests.TestSupport;

/// <summary>
/// Passes everything to a real store, but "kills the process" (throws) at a chosen write: after
/// <see cref="CrashAfterStarts"/> step-started writes, i.e. in the middle of the next step, after its
/// effect may have happened but before its completion was recorded.
/// </summary>
internal sealed class CrashingRunStore(IRunStore inner) : IRunStore
{
    private int _starts;

    public int CrashAfterStarts { get; set; } = int.MaxValue;

    public bool Crashed { get; private set; }

    public Task CreateRunAsync(RunRecord run, CancellationToken cancellationToken) => inner.CreateRunAsync(run, cancellationToken);

    public Task<RunSnapshot?> LoadAsync(Guid runId, CancellationToken cancellationToken) => inner.LoadAsync(runId, cancellationToken);

    public Task StepStartedAsync(StepRecord record, CancellationToken cancellationToken)
    {
        _starts++;
        return inner.StepStartedAsync(record, cancellationToken);
    }

    public Task StepCompletedAsync(StepRecord record, CancellationToken cancellationToken)
    {
        CrashIfDue();
        return inner.StepCompletedAsync(record, cancellationToken);
    }

    public Task StepFailedAsync(StepRecord record, CancellationToken cancellationToken)
    {
        CrashIfDue();
        return inner.StepFailedAsync(record, cancellationToken);
    }

    public Task IterationCompletedAsync(Guid runId, string loopKey, string iterationPath, int index, JsonElement? result, CancellationToken cancellationToken) =>
        inner.IterationCompletedAsync(runId, loopKey, iterationPath, index, result, cancellationToken);

    public Task SaveRunStatusAsync(Guid runId, RunStatus status, StepError? failure, CancellationToken cancellationToken) =>
        inner.SaveRunStatusAsync(runId, status, failure, cancellationToken);

    public Task CreateBookmarkAsync(BookmarkRecord bookmark, CancellationToken cancellationToken) => inner.CreateBookmarkAsync(bookmark, cancellationToken);

    public Task<BookmarkRecord?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken) => inner.FindBookmarkAsync(bookmarkId, cancellationToken);

    public Task<bool> ResolveBookmarkAsync(string bookmarkId, BookmarkResolution resolution, CancellationToken cancellationToken) =>
        inner.ResolveBookmarkAsync(bookmarkId, resolution, cancellationToken);

    private void CrashIfDue()
    {
        if (_starts >= CrashAfterStarts)
        {
            Crashed = true;
            throw new SimulatedCrashException();
        }
    }
}
