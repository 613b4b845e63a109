using FlowStudio.Core.Flows;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

public sealed class PortRulesTests
{
    private readonly DiagramMapper mapper = new(DesignerTestFlows.Palette());

    private (Blazor.Diagrams.BlazorDiagram Diagram, Func<string, string, bool, FlowPortModel> Port) Canvas(string json = DesignerTestFlows.Payment)
    {
        var diagram = DesignerTestFlows.Diagram();
        mapper.Sync(diagram, FlowSerializer.Deserialize(json));
        return (diagram, (node, port, input) => diagram.Nodes.OfType<FlowNodeModel>().Single(n => n.Id == node).FindPort(port, input)!);
    }

    [Fact]
    public void Accepts_InputAlreadyLinked_No()
    {
        var (_, port) = Canvas();
        FlowPortModel.Accepts(port("check", "error", false), port("end", "in", true)).ShouldBeFalse(); // end already has one link
        FlowPortModel.Accepts(port("split", "small", false), port("pay", "in", true)).ShouldBeFalse(); // pay already has one link
        FlowPortModel.Accepts(port("pay", "out", false), port("end", "in", true)).ShouldBeFalse();
    }

    [Fact]
    public void Accepts_InputToInputOrOutputToOutput_No()
    {
        var (_, port) = Canvas();
        FlowPortModel.Accepts(port("check", "in", true), port("pay", "in", true)).ShouldBeFalse();
        FlowPortModel.Accepts(port("check", "true", false), port("split", "big", false)).ShouldBeFalse();
    }

    [Fact]
    public void Accepts_SelfLoop_No()
    {
        var (_, port) = Canvas("""
            { "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "m", "type": "logic.map" } ], "connections": [] }
            """);
        FlowPortModel.Accepts(port("m", "out", false), port("m", "in", true)).ShouldBeFalse();
    }

    [Fact]
    public void Accepts_FreeInput_Yes_AndMergeTakesMany()
    {
        //  [a: map] [b: map] ──► [j: merge]     [c: map] (free)
        var (_, port) = Canvas("""
            { "schemaVersion": 1, "metadata": { "name": "x" },
              "nodes": [ { "id": "a", "type": "logic.map" }, { "id": "b", "type": "logic.map" }, { "id": "c", "type": "logic.map" }, { "id": "j", "type": "flow.merge" } ],
              "connections": [ { "fromNode": "b", "fromPort": "out", "toNode": "j", "toPort": "in" } ] }
            """);
        FlowPortModel.Accepts(port("a", "out", false), port("c", "in", true)).ShouldBeTrue();
        FlowPortModel.Accepts(port("a", "out", false), port("j", "in", true)).ShouldBeTrue();
        FlowPortModel.Accepts(port("b", "out", false), port("j", "in", true)).ShouldBeFalse(); // same link twice
    }

    [Fact]
    public void Accepts_LockedCanvas_No()
    {
        var (_, port) = Canvas("""
            { "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "a", "type": "logic.map" }, { "id": "c", "type": "logic.map" } ], "connections": [] }
            """);
        var target = port("c", "in", true);
        target.Locked = true;
        FlowPortModel.Accepts(port("a", "out", false), target).ShouldBeFalse();
    }
}
