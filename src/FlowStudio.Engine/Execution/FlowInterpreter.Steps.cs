using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Execution;

public sealed partial class FlowInterpreter
{
    private async Task<WalkResult> StepAsync(RunState run, ScopeState scope, CompiledNode node)
    {
        var key = StepKeys.Of(node.Id, scope.IterationPath);
        var previous = run.Previous(key);
        if (previous is { Status: StepStatus.Succeeded } or { Status: StepStatus.Failed, Port: not null })
        {
            Replay(scope, node, previous.Output ?? JsonValues.Null, previous.Port);
            return node.Node.Type == NodeTypeKeys.Stop ? WalkResult.Stopped : WalkResult.Completed;
        }

        var now = _time.GetUtcNow();
        var ct = run.CancellationToken;
        if (previous is { Status: StepStatus.Waiting, NextAttemptAt: { } due } && due > now)
        {
            await _scheduler.ScheduleResumeAsync(run.RunId, due, $"retry {key}", ct).ConfigureAwait(false);
            return new WalkResult(WalkKind.Parked, node.Id, previous.Error, due);
        }

        BookmarkRecord? bookmark = null;
        if (previous?.BookmarkId is { } bookmarkId)
        {
            bookmark = await _store.FindBookmarkAsync(bookmarkId, ct).ConfigureAwait(false);
        }

        var attempt = bookmark is not null ? previous!.Attempt : (previous?.Attempt ?? 0) + 1;
        var started = new StepRecord
        {
            RunId = run.RunId,
            NodeId = node.Id,
            IterationPath = scope.IterationPath,
            Status = StepStatus.Running,
            Attempt = attempt,
            StartedAt = now,
        };
        await _store.StepStartedAsync(started, ct).ConfigureAwait(false);
        var timestamp = _time.GetTimestamp();
        var context = new NodeContext(node, scope, run, _expressions, _options, attempt, bookmark, now);
        var result = await ExecuteAsync(node, context).ConfigureAwait(false);

        if (result.Kind == NodeResultKind.Loop)
        {
            var loop = await LoopAsync(run, scope, node, result).ConfigureAwait(false);
            if (loop.Walk.Kind != WalkKind.Completed)
            {
                if (loop.Walk.Kind != WalkKind.Failed)
                {
                    return loop.Walk;
                }

                result = NodeResult.Fail(loop.Walk.Error! with { IsTransient = false, RetryAfter = null }, result.Input);
            }
            else
            {
                result = NodeResult.Next(loop.Output, PortNames.Done, result.Input);
            }
        }

        var finished = started with
        {
            Input = result.Input is { } input ? OutputCap.Apply(input, _options).Stored : null,
            CompletedAt = _time.GetUtcNow(),
            Duration = _time.GetElapsedTime(timestamp),
        };
        return result.Kind switch
        {
            NodeResultKind.Continue or NodeResultKind.Stop => await SucceedAsync(run, scope, node, finished, result).ConfigureAwait(false),
            NodeResultKind.Wait => await ParkAsync(run, node, finished, bookmark, result).ConfigureAwait(false),
            _ => await FailAsync(run, scope, node, finished, result.Error!).ConfigureAwait(false),
        };
    }

    private async ValueTask<NodeResult> ExecuteAsync(CompiledNode node, NodeContext context)
    {
        if (_executors.Find(node.Node.Type) is not { } executor)
        {
            return NodeResult.Fail(StepError.Permanent($"Node '{node.Node.DisplayName}' has type '{node.Node.Type}', which this engine cannot run.", "node.unknownType"));
        }

        try
        {
            return await executor.ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (ExpressionException ex)
        {
            return NodeResult.Fail(StepError.Permanent(ex.Message, "expression"));
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A bug or surprise in one executor fails that step, not the worker.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return NodeResult.Fail(StepError.Permanent($"Node '{node.Node.DisplayName}' failed: {ex.Message}", "node.exception"));
        }
    }

    private async Task<WalkResult> SucceedAsync(RunState run, ScopeState scope, CompiledNode node, StepRecord finished, NodeResult result)
    {
        var output = result.Output ?? JsonValues.Null;
        var (stored, truncated) = OutputCap.Apply(output, _options);
        var port = result.Kind == NodeResultKind.Stop ? null : result.Port;
        await _store.StepCompletedAsync(finished with { Status = StepStatus.Succeeded, Output = stored, OutputTruncated = truncated, Port = port }, run.CancellationToken).ConfigureAwait(false);
        Replay(scope, node, output, port);
        return result.Kind == NodeResultKind.Stop ? WalkResult.Stopped : WalkResult.Completed;
    }

    private async Task<WalkResult> ParkAsync(RunState run, CompiledNode node, StepRecord finished, BookmarkRecord? existing, NodeResult result)
    {
        var ct = run.CancellationToken;
        var bookmarkId = existing?.BookmarkId ?? $"{run.RunId:N}:{finished.Key}";
        if (existing is null)
        {
            await _store.CreateBookmarkAsync(
                new BookmarkRecord
                {
                    BookmarkId = bookmarkId,
                    RunId = run.RunId,
                    NodeId = node.Id,
                    IterationPath = finished.IterationPath,
                    Wait = result.Wait!,
                    CreatedAt = finished.StartedAt,
                },
                ct).ConfigureAwait(false);
        }

        await _store.StepCompletedAsync(finished with { Status = StepStatus.Waiting, BookmarkId = bookmarkId, CompletedAt = null }, ct).ConfigureAwait(false);
        if (result.ResumeAt is { } at)
        {
            await _scheduler.ScheduleResumeAsync(run.RunId, at, $"{result.Wait!.Kind} {finished.Key}", ct).ConfigureAwait(false);
        }

        return new WalkResult(WalkKind.Parked, node.Id, null, result.ResumeAt, bookmarkId);
    }

    private async Task<WalkResult> FailAsync(RunState run, ScopeState scope, CompiledNode node, StepRecord finished, StepError error)
    {
        var ct = run.CancellationToken;
        var policy = RetryPolicy.FromConfig(node.Node.Config, _options.DefaultRetry);
        var next = RetryPlanner.NextAttemptAt(policy, finished.Attempt, error.IsTransient, finished.Key, error.RetryAfter, _time.GetUtcNow());
        if (next is { } at)
        {
            await _store.StepFailedAsync(finished with { Status = StepStatus.Waiting, Error = error, NextAttemptAt = at }, ct).ConfigureAwait(false);
            await _scheduler.ScheduleResumeAsync(run.RunId, at, $"retry {finished.Key}", ct).ConfigureAwait(false);
            return new WalkResult(WalkKind.Parked, node.Id, error, at);
        }

        if (!node.HasErrorRoute)
        {
            await _store.StepFailedAsync(finished with { Status = StepStatus.Failed, Error = error }, ct).ConfigureAwait(false);
            return new WalkResult(WalkKind.Failed, node.Id, error);
        }

        var output = ErrorOutput(node, error);
        await _store.StepFailedAsync(finished with { Status = StepStatus.Failed, Error = error, Output = output, Port = PortNames.Error }, ct).ConfigureAwait(false);
        Replay(scope, node, output, PortNames.Error);
        return WalkResult.Completed;
    }

    /// <summary>Puts a step's output where later steps read it, whether it ran now or on an earlier pass.</summary>
    private static void Replay(ScopeState scope, CompiledNode node, JsonElement output, string? port)
    {
        scope.Complete(node, output, port);
        if (node.Node.Type == NodeTypeKeys.SetVariable
            && output.ValueKind == JsonValueKind.Object
            && output.TryGetProperty("name", out var name)
            && output.TryGetProperty("value", out var value))
        {
            scope.Vars.Set(name.GetString()!, value);
        }
    }

    private static JsonElement ErrorOutput(CompiledNode node, StepError error) =>
        JsonValues.Build((node.Id, error), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("nodeId", state.Id);
            writer.WriteString("message", state.error.Message);
            writer.WriteString("code", state.error.Code);
            writer.WriteBoolean("transient", state.error.IsTransient);
            writer.WriteEndObject();
        });
}
