using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Runs.Workers;

/// <summary>One pass of the interpreter over a claimed run, and what to do with the lease when it stops early.</summary>
internal sealed partial class RunExecutor(
    FlowInterpreter interpreter,
    FlowDefinitions definitions,
    EfRunStore store,
    RunClaims claims,
    RunCancellations cancellations,
    RunsOptions options,
    ILogger<RunExecutor> logger)
{
    public async Task ExecuteAsync(ClaimedRun claim, CancellationToken cancellationToken)
    {
        var runId = claim.Run.RunId;
        try
        {
            var flow = await definitions.GetAsync(claim.FlowId, claim.Run.FlowVersion, cancellationToken).ConfigureAwait(false);
            if (flow is null)
            {
                var missing = StepError.Permanent($"Version {claim.Run.FlowVersion} of flow {claim.FlowId} does not exist.", "flow.missing");
                await store.SaveRunStatusAsync(runId, RunStatus.Failed, missing, CancellationToken.None).ConfigureAwait(false);
                return;
            }

            if (claim.Fresh)
            {
                store.Prime(claim.Run);
            }

            var outcome = await interpreter.RunAsync(flow, runId, cancellationToken).ConfigureAwait(false);
            LogPass(runId, outcome.Status);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled by a person: recorded already. Lease lost: another node runs it. Shutdown: hand it back now.
            if (cancellations.ReasonFor(runId) == RunStopReason.Shutdown)
            {
                await ReleaseAsync(runId, TimeSpan.Zero).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // A failing pass must not take the worker down; the run is retried after a back-off.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogPassFailed(ex, runId, options.EngineErrorBackoff);
            await ReleaseAsync(runId, options.EngineErrorBackoff).ConfigureAwait(false);
        }
        finally
        {
            store.Forget(runId);
        }
    }

    private async Task ReleaseAsync(Guid runId, TimeSpan delay)
    {
        try
        {
            await claims.ReleaseAsync(runId, delay).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // If even that fails, the lease expires and recovery makes the run ready again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReleaseFailed(ex, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} pass ended {Status}")]
    private partial void LogPass(Guid runId, RunStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} pass failed in the engine; it is retried in {Backoff}")]
    private partial void LogPassFailed(Exception exception, Guid runId, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} could not be handed back; its lease will expire")]
    private partial void LogReleaseFailed(Exception exception, Guid runId);
}
