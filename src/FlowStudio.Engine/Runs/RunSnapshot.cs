namespace FlowStudio.Engine.Runs;

/// <summary>What the interpreter reads to start or resume a run.</summary>
public sealed record RunSnapshot(
    RunRecord Run,
    IReadOnlyDictionary<string, StepRecord> Steps,
    IReadOnlyDictionary<string, LoopProgress> Loops,
    IReadOnlyDictionary<string, BookmarkRecord> Bookmarks);
