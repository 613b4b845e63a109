using System.Collections.Immutable;
using System.Text.Json;

namespace FlowStudio.Engine.Runs;

/// <summary>
/// Which items of a for-each have completed, so a resumed run skips them. Every index below
/// <see cref="CompletedBelow"/> is done, plus the ones in <see cref="CompletedAbove"/> (parallel
/// iterations finish out of order), so the record stays small for 100,000 items.
/// </summary>
public sealed record LoopProgress
{
    public required string LoopKey { get; init; }

    public int CompletedBelow { get; init; }

    public ImmutableHashSet<int> CompletedAbove { get; init; } = [];

    /// <summary>Collected item results, only for indexes under the engine's result cap.</summary>
    public ImmutableSortedDictionary<int, JsonElement> Results { get; init; } = ImmutableSortedDictionary<int, JsonElement>.Empty;

    public int CompletedCount => CompletedBelow + CompletedAbove.Count;

    public bool IsCompleted(int index) => index < CompletedBelow || CompletedAbove.Contains(index);
}
