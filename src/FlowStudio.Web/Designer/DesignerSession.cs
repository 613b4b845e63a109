using System.Collections.Immutable;
using System.Text.Json;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Validation;
using FlowStudio.Web.Designer.TestRuns;

namespace FlowStudio.Web.Designer;

/// <summary>
/// The state of one open flow in the designer and the edits that change it, without any UI: the flow model
/// with its undo history, the saved revision it was based on, validation, test-run results and sample data.
/// The page turns gestures into these calls and shows the result on the canvas.
/// </summary>
public sealed class DesignerSession
{
    private string _savedJson;

    public DesignerSession(Guid flowId, FlowDefinition flow, int revision, bool canEdit)
    {
        ArgumentNullException.ThrowIfNull(flow);
        FlowId = flowId;
        History = new DesignerHistory(flow);
        Revision = revision;
        CanEdit = canEdit;
        _savedJson = FlowSerializer.Serialize(flow);
    }

    public Guid FlowId { get; }

    public DesignerHistory History { get; }

    public FlowDefinition Flow => History.Current;

    /// <summary>The stored revision this editing session started from; a save names it to detect someone else's save.</summary>
    public int Revision { get; private set; }

    /// <summary>False for Reviewer and Viewer: the canvas is read-only.</summary>
    public bool CanEdit { get; }

    /// <summary>Set while an older revision is shown: the canvas is read-only until the draft is shown again.</summary>
    public int? ViewingRevision { get; set; }

    public bool IsReadOnly => !CanEdit || ViewingRevision is not null;

    public bool IsDirty => History.CurrentJson != _savedJson;

    public IReadOnlyList<ValidationIssue> Issues { get; private set; } = [];

    public TestRunResult? LastRun { get; set; }

    /// <summary>Pinned node outputs (by node id), kept across runs and reloads.</summary>
    public Dictionary<string, JsonElement> Pinned { get; } = new(StringComparer.Ordinal);

    /// <summary>What the properties panel's data picker offers: the last run's outputs, overridden by pinned samples.</summary>
    public IReadOnlyDictionary<string, JsonElement> SampleOutputs
    {
        get
        {
            var samples = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (LastRun is not null)
            {
                foreach (var (id, result) in LastRun.Nodes)
                {
                    if (result.Output is { } output)
                    {
                        samples[id] = output;
                    }
                }
            }

            foreach (var (id, sample) in Pinned)
            {
                samples[id] = sample;
            }

            return samples;
        }
    }

    public bool Edit(FlowDefinition flow, string? mergeKey = null)
    {
        EnsureEditable();
        return History.Commit(flow, mergeKey);
    }

    public void SetIssues(IReadOnlyList<ValidationIssue> issues) => Issues = issues ?? [];

    /// <summary>Adds a node from the palette at <paramref name="at"/> (its top-left corner) and returns its id.</summary>
    public string AddNode(PaletteItem item, FlowPosition at)
    {
        ArgumentNullException.ThrowIfNull(item);
        EnsureEditable();
        var id = NodeIds.Next(item.NodeType, Flow.Nodes);
        var node = new FlowNode
        {
            Id = id,
            Type = item.NodeType,
            Label = item.DisplayName,
            Position = at,
            Config = item.Config ?? NodeConfig.Empty,
        };
        History.Commit(Flow with { Nodes = Flow.Nodes.Add(node) });
        return id;
    }

    /// <summary>Takes a node edited in the properties panel; consecutive edits of one node undo as one step.</summary>
    public bool ReplaceNode(FlowNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        EnsureEditable();
        var index = Flow.Nodes.Select((n, i) => (n.Id, i)).FirstOrDefault(x => x.Id == node.Id, (node.Id, -1)).Item2;
        if (index < 0)
        {
            return false;
        }

        var current = Flow.Nodes[index];
        var updated = node with { Position = current.Position };
        return History.Commit(Flow with { Nodes = Flow.Nodes.SetItem(index, updated) }, mergeKey: $"properties:{node.Id}");
    }

    public bool RemoveNodes(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        EnsureEditable();
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return History.Commit(Flow with
        {
            Nodes = [.. Flow.Nodes.Where(n => !set.Contains(n.Id))],
            Connections = [.. Flow.Connections.Where(c => !set.Contains(c.FromNode) && !set.Contains(c.ToNode))],
        });
    }

    public IReadOnlyList<string> Paste(ClipboardContent content, FlowPosition? offset = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureEditable();
        var (flow, ids) = FlowClipboard.Paste(Flow, content, offset ?? FlowClipboard.PasteOffset);
        History.Commit(flow);
        return ids;
    }

    public bool Tidy(Core.Catalog.INodeCatalog catalog)
    {
        EnsureEditable();
        return History.Commit(AutoLayout.Tidy(Flow, catalog));
    }

    public FlowDefinition? Undo() => IsReadOnly ? null : History.Undo();

    public FlowDefinition? Redo() => IsReadOnly ? null : History.Redo();

    /// <summary>After a successful save: the flow as saved is the new clean state.</summary>
    public void MarkSaved(int revision, FlowDefinition saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        Revision = revision;
        _savedJson = FlowSerializer.Serialize(saved);
    }

    /// <summary>After loading someone else's newer work (or a restore): start over from it.</summary>
    public void Reload(FlowDefinition flow, int revision)
    {
        ArgumentNullException.ThrowIfNull(flow);
        History.Reset(flow);
        MarkSaved(revision, flow);
        LastRun = null;
    }

    public static ImmutableArray<FlowNode> NodesIn(FlowDefinition flow, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return [.. flow.Nodes.Where(n => set.Contains(n.Id))];
    }

    private void EnsureEditable()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException(ViewingRevision is { } revision
                ? $"Revision {revision} is shown read-only; go back to the draft to edit."
                : "You may look at this flow but not change it.");
        }
    }
}
