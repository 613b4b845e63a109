using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Execution;

public sealed partial class FlowInterpreter
{
    private async Task<(WalkResult Walk, JsonElement Output)> LoopAsync(RunState run, ScopeState scope, CompiledNode node, NodeResult loop)
    {
        var body = run.Flow.Loops[node.Id];
        var loopKey = StepKeys.Of(node.Id, scope.IterationPath);
        var state = new LoopState(run.Progress(loopKey), _options.MaxCollectedResults);
        var items = loop.Items!;
        var ct = run.CancellationToken;

        if (loop.Parallelism == 1)
        {
            var index = 0;
            try
            {
                await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
                {
                    var result = await IterationAsync(run, scope, node, body, loopKey, state, index++, item).ConfigureAwait(false);
                    if (result.Kind != WalkKind.Completed)
                    {
                        return (result, default);
                    }
                }
            }
            catch (ItemStreamException ex)
            {
                return (StreamFailed(node, ex, index), default);
            }
        }
        else
        {
            using var halt = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var options = new ParallelOptions { MaxDegreeOfParallelism = loop.Parallelism, CancellationToken = halt.Token };
            try
            {
                await Parallel.ForEachAsync(Indexed(items, halt.Token), options, async (pair, _) =>
                {
                    var result = await IterationAsync(run, scope, node, body, loopKey, state, pair.Index, pair.Item).ConfigureAwait(false);
                    if (result.Kind != WalkKind.Completed)
                    {
                        state.Halt(result);
                        await halt.CancelAsync().ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (state.Halted is not null && !ct.IsCancellationRequested)
            {
                // Our own cancellation: an iteration failed, stopped or parked the run.
            }
            catch (ItemStreamException ex) when (state.Halted is null)
            {
                return (StreamFailed(node, ex, state.SeenCount), default);
            }

            if (state.Halted is { } halted)
            {
                return (halted, default);
            }
        }

        return (WalkResult.Completed, state.BuildOutput());
    }

    private static WalkResult StreamFailed(CompiledNode node, ItemStreamException exception, int read) =>
        new(WalkKind.Failed, node.Id, exception.Error with { Message = $"Reading the items failed after {read} item(s): {exception.Error.Message}" });

    private async Task<WalkResult> IterationAsync(RunState run, ScopeState scope, CompiledNode node, IReadOnlyList<CompiledNode> body, string loopKey, LoopState state, int index, JsonElement item)
    {
        state.Seen(index);
        if (state.IsCompleted(index))
        {
            return WalkResult.Completed;
        }

        var path = StepKeys.Iteration(scope.IterationPath, node.Id, index);
        var iteration = scope.Iteration(path, node.Id, item);
        var result = await WalkAsync(run, iteration, body).ConfigureAwait(false);
        if (result.Kind == WalkKind.Failed)
        {
            return result with { Error = result.Error! with { Message = $"Item {index}: {result.Error.Message}" } };
        }

        if (result.Kind != WalkKind.Completed)
        {
            return result;
        }

        var kept = state.Complete(index, iteration.LoopResult ?? JsonValues.Null);
        await _store.IterationCompletedAsync(run.RunId, loopKey, path, index, kept, run.CancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async IAsyncEnumerable<(int Index, JsonElement Item)> Indexed(IAsyncEnumerable<JsonElement> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return (index++, item);
        }
    }
}
