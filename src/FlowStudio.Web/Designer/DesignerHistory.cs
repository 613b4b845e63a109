using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>
/// Undo and redo over whole-flow snapshots. Flow models are immutable records that share unchanged nodes,
/// so a snapshot costs one array per edit; comparing serialised text keeps no-op commits (a click that moved
/// nothing) out of the stack.
/// </summary>
public sealed class DesignerHistory
{
    private readonly LinkedList<(FlowDefinition Flow, string Json)> _undo = new();
    private readonly Stack<(FlowDefinition Flow, string Json)> _redo = new();
    private readonly int _limit;
    private string _currentJson;
    private string? _lastMergeKey;

    public DesignerHistory(FlowDefinition initial, int limit = 200)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        Current = initial;
        _currentJson = FlowSerializer.Serialize(initial);
        _limit = limit;
    }

    public FlowDefinition Current { get; private set; }

    /// <summary>The current flow as saved JSON; compared to tell whether there are unsaved changes.</summary>
    public string CurrentJson => _currentJson;

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    public int UndoDepth => _undo.Count;

    /// <summary>
    /// Records an edit. Returns false (and records nothing) when the flow did not change. Consecutive edits with
    /// the same <paramref name="mergeKey"/> (typing in one node's properties) undo as one step.
    /// </summary>
    public bool Commit(FlowDefinition flow, string? mergeKey = null)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var json = FlowSerializer.Serialize(flow);
        if (json == _currentJson)
        {
            Current = flow;
            return false;
        }

        var merge = mergeKey is not null && mergeKey == _lastMergeKey && _undo.Count > 0;
        _lastMergeKey = mergeKey;
        if (merge)
        {
            _redo.Clear();
            Current = flow;
            _currentJson = json;
            return true;
        }

        _undo.AddLast((Current, _currentJson));
        if (_undo.Count > _limit)
        {
            _undo.RemoveFirst();
        }

        _redo.Clear();
        Current = flow;
        _currentJson = json;
        return true;
    }

    public FlowDefinition? Undo()
    {
        if (_undo.Last is not { } last)
        {
            return null;
        }

        _undo.RemoveLast();
        _lastMergeKey = null;
        _redo.Push((Current, _currentJson));
        (Current, _currentJson) = last.Value;
        return Current;
    }

    public FlowDefinition? Redo()
    {
        if (!_redo.TryPop(out var next))
        {
            return null;
        }

        _lastMergeKey = null;
        _undo.AddLast((Current, _currentJson));
        (Current, _currentJson) = next;
        return Current;
    }

    /// <summary>Starts over from <paramref name="flow"/> (after loading or restoring), forgetting undo and redo.</summary>
    public void Reset(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        _undo.Clear();
        _redo.Clear();
        _lastMergeKey = null;
        Current = flow;
        _currentJson = FlowSerializer.Serialize(flow);
    }

    /// <summary>True when <paramref name="flow"/> is the same graph as the current one.</summary>
    public bool IsCurrent(FlowDefinition flow) => FlowSerializer.Serialize(flow) == _currentJson;
}
