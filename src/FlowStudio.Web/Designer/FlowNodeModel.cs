using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Validation;
using FlowStudio.Web.Designer.TestRuns;

namespace FlowStudio.Web.Designer;

/// <summary>A flow node on the canvas: the Core <see cref="FlowNode"/> it shows, its labelled ports and its badges.</summary>
public sealed class FlowNodeModel : NodeModel
{
    private readonly List<FlowPortModel> _inputs = [];
    private readonly List<FlowPortModel> _outputs = [];

    public FlowNodeModel(FlowNode node, NodeTypeDescriptor? descriptor, NodeAppearance appearance)
        : base(node.Id, new Point(node.Position.X, node.Position.Y))
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        Descriptor = descriptor;
        Appearance = appearance;
        ControlledSize = true;
        PortSignature = SignatureOf(node, descriptor);
        var inputs = descriptor?.InputPorts ?? [];
        var outputs = descriptor?.GetOutputPorts(node.Config) ?? [];
        for (var i = 0; i < inputs.Length; i++)
        {
            _inputs.Add((FlowPortModel)AddPort(new FlowPortModel(this, inputs[i].Name, inputs[i].Label, isInput: true, i)));
        }

        for (var i = 0; i < outputs.Count; i++)
        {
            _outputs.Add((FlowPortModel)AddPort(new FlowPortModel(this, outputs[i].Name, outputs[i].Label, isInput: false, i)));
        }

        Size = new Size(NodeLayout.Width, NodeLayout.Height(_inputs.Count, _outputs.Count));
    }

    public FlowNode Node { get; private set; }

    public NodeTypeDescriptor? Descriptor { get; }

    public NodeAppearance Appearance { get; private set; }

    public IReadOnlyList<FlowPortModel> Inputs => _inputs;

    public IReadOnlyList<FlowPortModel> Outputs => _outputs;

    /// <summary>Port names in order; a node whose signature changes (e.g. switch cases edited) is rebuilt.</summary>
    public string PortSignature { get; }

    public IReadOnlyList<ValidationIssue> Issues { get; set; } = [];

    public NodeRunResult? RunResult { get; set; }

    public bool IsTrigger => Descriptor?.IsTrigger == true;

    public bool AcceptsManyIncoming(string inputPort) =>
        Node.Type == NodeTypeKeys.Merge || (Node.Type == NodeTypeKeys.ForEach && inputPort == PortNames.Loop);

    public FlowPortModel? FindPort(string name, bool input) =>
        (input ? _inputs : _outputs).FirstOrDefault(p => p.Name == name);

    /// <summary>Takes a new label/config (same ports) and position from the flow model.</summary>
    public void Update(FlowNode node, NodeAppearance appearance)
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        Appearance = appearance;
        if (Position.X != node.Position.X || Position.Y != node.Position.Y)
        {
            SetPosition(node.Position.X, node.Position.Y);
        }
    }

    /// <summary>The Core node at the current canvas position.</summary>
    public FlowNode ToFlowNode() =>
        Node.Position.X == Position.X && Node.Position.Y == Position.Y
            ? Node
            : Node with { Position = new FlowPosition(Position.X, Position.Y) };

    public static string SignatureOf(FlowNode node, NodeTypeDescriptor? descriptor)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (descriptor is null)
        {
            return node.Type;
        }

        var outputs = descriptor.GetOutputPorts(node.Config);
        return $"{node.Type}|{string.Join(',', descriptor.InputPorts.Select(p => p.Name))}|{string.Join(',', outputs.Select(p => $"{p.Name}={p.Label}"))}";
    }
}
