using System.Text.Json;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Lookups;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// Walks a published flow for one run. Every step is recorded before and after it runs; a second
/// call for the same run (after a crash, a timer or a decision) replays the completed steps from
/// the store and carries on from the first one that did not complete. Thread-safe; one instance
/// serves every run. See docs/adr/0011-interpreter.md.
/// </summary>
public sealed partial class FlowInterpreter
{
    private readonly IRunStore _store;
    private readonly NodeExecutorRegistry _executors;
    private readonly ExpressionEngine _expressions;
    private readonly IRetryScheduler _scheduler;
    private readonly TimeProvider _time;
    private readonly EngineOptions _options;
    private readonly ILookupTableProvider _lookups;

    public FlowInterpreter(
        IRunStore store,
        NodeExecutorRegistry executors,
        ExpressionEngine expressions,
        IRetryScheduler scheduler,
        TimeProvider time,
        EngineOptions? options = null,
        ILookupTableProvider? lookups = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(executors);
        ArgumentNullException.ThrowIfNull(expressions);
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _executors = executors;
        _expressions = expressions;
        _scheduler = scheduler;
        _time = time;
        _options = options ?? EngineOptions.Default;
        _lookups = lookups ?? LookupTableSet.Empty;
    }

    /// <summary>Creates a Pending run of <paramref name="flowId"/> with the trigger payload and runs it.</summary>
    public async Task<RunOutcome> StartAsync(FlowDefinition flow, string flowId, int flowVersion, Guid runId, JsonElement trigger, CancellationToken cancellationToken = default)
    {
        await _store.CreateRunAsync(
            new RunRecord { RunId = runId, FlowId = flowId, FlowVersion = flowVersion, Trigger = trigger, CreatedAt = _time.GetUtcNow() },
            cancellationToken).ConfigureAwait(false);
        return await RunAsync(flow, runId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs or resumes the run until it ends or parks. A run that already ended is left alone and
    /// its outcome returned, so a duplicate resume is harmless.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run does not exist.</exception>
    public async Task<RunOutcome> RunAsync(FlowDefinition flow, Guid runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var snapshot = await _store.LoadAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Run {runId} does not exist.");
        if (snapshot.Run.Status.IsTerminal())
        {
            return new RunOutcome(runId, snapshot.Run.Status) { Error = snapshot.Run.Error };
        }

        if (snapshot.Run.Status != RunStatus.Running)
        {
            await _store.SaveRunStatusAsync(runId, RunStatus.Running, null, cancellationToken).ConfigureAwait(false);
        }

        var compiled = CompiledFlow.For(flow);
        if (compiled.Problem is { } problem)
        {
            return await FinishAsync(runId, new WalkResult(WalkKind.Failed, null, StepError.Permanent(problem, "flow.invalid")), cancellationToken).ConfigureAwait(false);
        }

        var run = new RunState(snapshot, compiled, cancellationToken);
        var scope = new ScopeState(snapshot.Run.Trigger, _lookups);
        var result = await WalkAsync(run, scope, compiled.TopLevel).ConfigureAwait(false);
        return await FinishAsync(runId, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a decision (or timeout) on a bookmark and resumes its run.</summary>
    /// <returns>Null when the bookmark is unknown or was already resolved.</returns>
    public async Task<RunOutcome?> ResumeAsync(FlowDefinition flow, string bookmarkId, BookmarkResolution resolution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var bookmark = await _store.FindBookmarkAsync(bookmarkId, cancellationToken).ConfigureAwait(false);
        if (bookmark is null || !await _store.ResolveBookmarkAsync(bookmarkId, resolution, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await RunAsync(flow, bookmark.RunId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WalkResult> WalkAsync(RunState run, ScopeState scope, IReadOnlyList<CompiledNode> order)
    {
        foreach (var node in order)
        {
            if (node != run.Flow.Trigger && !scope.IsActivated(node))
            {
                continue;
            }

            var result = await StepAsync(run, scope, node).ConfigureAwait(false);
            if (result.Kind != WalkKind.Completed)
            {
                return result;
            }
        }

        return WalkResult.Completed;
    }

    private async Task<RunOutcome> FinishAsync(Guid runId, WalkResult result, CancellationToken cancellationToken)
    {
        var (status, error) = result.Kind switch
        {
            WalkKind.Failed => (RunStatus.Failed, result.Error),
            WalkKind.Parked => (RunStatus.Waiting, null),
            _ => (RunStatus.Succeeded, null),
        };
        await _store.SaveRunStatusAsync(runId, status, error, cancellationToken).ConfigureAwait(false);
        return new RunOutcome(runId, status)
        {
            Error = error,
            NodeId = result.NodeId,
            ResumeAt = result.ResumeAt,
            BookmarkId = result.BookmarkId,
        };
    }
}
