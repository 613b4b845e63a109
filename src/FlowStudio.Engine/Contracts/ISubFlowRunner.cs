namespace FlowStudio.Engine.Contracts;

/// <summary>
/// Starts the published version of another flow as a child run. Starting is idempotent on
/// <see cref="SubFlowCall.IdempotencyKey"/>: a resumed parent gets the child it started before. When the child
/// has not finished, a parent that waits parks on a <see cref="Core.Runs.WaitForEventBookmark"/>
/// (<see cref="SubFlowResult.CompletedEvent"/>, child run id) that the runner resolves when the child ends.
/// </summary>
public interface ISubFlowRunner
{
    /// <summary>The child run's state, or a failure (unknown flow, no published version, calling itself).</summary>
    Task<SubFlowOutcome> RunAsync(SubFlowCall request, CancellationToken cancellationToken);
}
