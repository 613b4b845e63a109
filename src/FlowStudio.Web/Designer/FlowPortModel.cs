using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace FlowStudio.Web.Designer;

/// <summary>
/// A named port of a flow node. Connection rules live here: output to input only, never to the same node,
/// and an input takes one incoming link unless its node merges branches.
/// </summary>
public sealed class FlowPortModel : PortModel
{
    public FlowPortModel(FlowNodeModel parent, string name, string label, bool isInput, int row)
        : base(IdOf(parent.Id, name, isInput), parent, isInput ? PortAlignment.Left : PortAlignment.Right, null, new Size(NodeLayout.PortSize, NodeLayout.PortSize))
    {
        Name = name;
        Label = label;
        IsInput = isInput;
        Row = row;
        Position = new Point(
            parent.Position.X + (isInput ? -NodeLayout.PortSize / 2 : NodeLayout.Width - (NodeLayout.PortSize / 2)),
            parent.Position.Y + NodeLayout.PortTop(row));
        Initialized = true;
    }

    public string Name { get; }

    public string Label { get; }

    public bool IsInput { get; }

    /// <summary>Row of the port on its side of the node, from the top.</summary>
    public int Row { get; }

    public string NodeId => Parent.Id;

    public bool IsError => !IsInput && Name == Core.Catalog.PortNames.Error;

    public static string IdOf(string nodeId, string portName, bool isInput) => $"{nodeId}:{(isInput ? "in" : "out")}:{portName}";

    public override bool CanAttachTo(ILinkable other) => other is FlowPortModel target && Accepts(this, target);

    /// <summary>Whether a link from <paramref name="source"/> to <paramref name="target"/> is allowed.</summary>
    public static bool Accepts(FlowPortModel source, FlowPortModel target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (source.IsInput || !target.IsInput || source.Parent == target.Parent || source.Locked || target.Locked)
        {
            return false;
        }

        var incoming = target.Links.Where(l => l.IsAttached && l.Target.Model == target).ToList();
        if (incoming.Any(l => l.Source.Model == source))
        {
            return false;
        }

        return incoming.Count == 0 || ((FlowNodeModel)target.Parent).AcceptsManyIncoming(target.Name);
    }
}
