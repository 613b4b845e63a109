using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>Maps rows to the engine's records and back, by hand.</summary>
internal static class RunMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitBookmarkKind } },
    };

    public static RunRecord ToRecord(RunEntity run) => new()
    {
        RunId = run.Id,
        FlowId = run.FlowId.ToString(),
        FlowVersion = run.FlowVersion,
        Trigger = JsonValues.Parse(run.TriggerJson),
        Status = run.Status,
        Error = ReadError(run.StateJson),
        CreatedAt = run.CreatedAt,
    };

    public static StepError? ReadError(string? stateJson) =>
        stateJson is null ? null : JsonSerializer.Deserialize<RunStatePayload>(stateJson, Json)?.Error;

    public static string? WriteState(StepError? error) =>
        error is null ? null : JsonSerializer.Serialize(new RunStatePayload(RunStatePayload.CurrentVersion, error), Json);

    public static string? Clip(string? text, int max) => text is { Length: var n } && n > max ? text[..max] : text;

    public static RunStepEntity ToEntity(StepRecord step)
    {
        var entity = new RunStepEntity { RunId = step.RunId, NodeId = step.NodeId, IterationPath = step.IterationPath };
        CopyTo(step, entity);
        return entity;
    }

    public static void CopyTo(StepRecord step, RunStepEntity entity)
    {
        entity.Status = step.Status;
        entity.Attempt = step.Attempt;
        entity.InputJson = step.Input?.GetRawText();
        entity.OutputJson = step.Output?.GetRawText();
        entity.OutputTruncated = step.OutputTruncated;
        entity.Port = step.Port;
        entity.ErrorMessage = Clip(step.Error?.Message, 2000);
        entity.ErrorCode = Clip(step.Error?.Code, 100);
        entity.ErrorTransient = step.Error?.IsTransient ?? false;
        entity.ErrorRetryAfter = step.Error?.RetryAfter;
        entity.StartedAt = step.StartedAt;
        entity.CompletedAt = step.CompletedAt;
        entity.Duration = step.Duration;
        entity.NextAttemptAt = step.NextAttemptAt;
        entity.BookmarkId = step.BookmarkId;
    }

    public static StepRecord ToRecord(RunStepEntity step) => new()
    {
        RunId = step.RunId,
        NodeId = step.NodeId,
        IterationPath = step.IterationPath,
        Status = step.Status,
        Attempt = step.Attempt,
        Input = step.InputJson is { } input ? JsonValues.Parse(input) : null,
        Output = step.OutputJson is { } output ? JsonValues.Parse(output) : null,
        OutputTruncated = step.OutputTruncated,
        Port = step.Port,
        Error = step.ErrorMessage is { } message ? new StepError(message, step.ErrorCode, step.ErrorTransient, step.ErrorRetryAfter) : null,
        StartedAt = step.StartedAt,
        CompletedAt = step.CompletedAt,
        Duration = step.Duration,
        NextAttemptAt = step.NextAttemptAt,
        BookmarkId = step.BookmarkId,
    };

    public static RunBookmarkEntity ToEntity(BookmarkRecord bookmark) => new()
    {
        Id = bookmark.BookmarkId,
        RunId = bookmark.RunId,
        NodeId = bookmark.NodeId,
        IterationPath = bookmark.IterationPath,
        Kind = bookmark.Wait.Kind,
        LookupKey = Clip(LookupKey(bookmark.Wait), 300),
        WaitJson = JsonSerializer.Serialize(bookmark.Wait, Json),
        DueAt = bookmark.Wait.DueAt,
        CreatedAt = bookmark.CreatedAt,
    };

    public static BookmarkRecord ToRecord(RunBookmarkEntity bookmark) => new()
    {
        BookmarkId = bookmark.Id,
        RunId = bookmark.RunId,
        NodeId = bookmark.NodeId,
        IterationPath = bookmark.IterationPath,
        Wait = JsonSerializer.Deserialize<Bookmark>(bookmark.WaitJson, Json)
            ?? throw new InvalidOperationException($"Bookmark {bookmark.Id} has no wait."),
        CreatedAt = bookmark.CreatedAt,
        Resolution = bookmark.ResolvedAt is { } at
            ? new BookmarkResolution(bookmark.Outcome ?? string.Empty, at)
            {
                ResolvedBy = bookmark.ResolvedBy,
                Comment = bookmark.Comment,
                Data = bookmark.DataJson is { } data ? JsonValues.Parse(data) : null,
            }
            : null,
    };

    /// <summary>The key a resume finds the wait by, besides its id.</summary>
    public static string? LookupKey(Bookmark wait) => wait switch
    {
        ApprovalBookmark approval => approval.ApproverRole,
        DuplicateReviewBookmark review => review.ReviewItemId,
        WaitForEventBookmark awaited => string.Concat(awaited.EventType, ":", awaited.CorrelationKey),
        _ => null,
    };

    // The subtypes override Bookmark.Kind without its [JsonIgnore], which would clash with the "kind" discriminator.
    private static void OmitBookmarkKind(JsonTypeInfo type)
    {
        if (type.Kind == JsonTypeInfoKind.Object && type.Type.IsSubclassOf(typeof(Bookmark)))
        {
            for (var i = type.Properties.Count - 1; i >= 0; i--)
            {
                if (type.Properties[i].Name == "kind")
                {
                    type.Properties.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Folds completed item rows into the watermark form the engine reads.</summary>
    public static Dictionary<string, LoopProgress> ToProgress(IEnumerable<RunLoopItemEntity> items)
    {
        var loops = new Dictionary<string, LoopProgress>(StringComparer.Ordinal);
        foreach (var loop in items.GroupBy(i => i.LoopKey, StringComparer.Ordinal))
        {
            var done = loop.Select(i => i.Index).ToHashSet();
            var below = 0;
            while (done.Remove(below))
            {
                below++;
            }

            loops[loop.Key] = new LoopProgress
            {
                LoopKey = loop.Key,
                CompletedBelow = below,
                CompletedAbove = [.. done],
                Results = loop.Where(i => i.ResultJson is not null)
                    .ToImmutableSortedDictionary(i => i.Index, i => JsonValues.Parse(i.ResultJson!)),
            };
        }

        return loops;
    }
}
