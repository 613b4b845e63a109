namespace FlowStudio.Core.Flows;

/// <summary>An edge from an output port of one node to an input port of another, by stable id and port name.</summary>
public sealed record FlowConnection(string FromNode, string FromPort, string ToNode, string ToPort)
{
    public override string ToString() => $"{FromNode}.{FromPort} -> {ToNode}.{ToPort}";
}
