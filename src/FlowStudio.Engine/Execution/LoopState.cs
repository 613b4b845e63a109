using System.Text.Json;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// Progress of one for-each pass: results of the first items (up to the cap), the item count, and
/// the first iteration that failed, stopped or parked. Thread-safe for parallel iterations.
/// </summary>
internal sealed class LoopState(LoopProgress? earlier, int resultCap)
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<int, JsonElement> _results = earlier is null ? [] : new(earlier.Results);
    private int _count;
    private WalkResult? _halted;

    public WalkResult? Halted
    {
        get
        {
            lock (_lock)
            {
                return _halted;
            }
        }
    }

    /// <summary>How many items have been read so far.</summary>
    public int SeenCount
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public bool IsCompleted(int index) => earlier?.IsCompleted(index) == true;

    public void Seen(int index)
    {
        lock (_lock)
        {
            _count = Math.Max(_count, index + 1);
        }
    }

    /// <summary>Keeps the result when under the cap; returns what was kept.</summary>
    public JsonElement? Complete(int index, JsonElement result)
    {
        if (index >= resultCap)
        {
            return null;
        }

        lock (_lock)
        {
            _results[index] = result;
        }

        return result;
    }

    public void Halt(WalkResult result)
    {
        lock (_lock)
        {
            _halted = _halted is { } first ? WalkResult.Worse(first, result) : result;
        }
    }

    public JsonElement BuildOutput() => JsonValues.Build(this, static (writer, state) =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("count", state._count);
        writer.WriteStartArray("results");
        foreach (var result in state._results.Values)
        {
            result.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("resultsTruncated", state._count > state._results.Count);
        writer.WriteEndObject();
    });
}
