using FlowStudio.Core.Flows;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

public sealed class DiagramMapperTests
{
    private readonly DiagramMapper mapper = new(DesignerTestFlows.Palette());

    [Fact]
    public void RoundTrip_PaymentFlow_KeepsIdsPortsPositionsAndConfig()
    {
        var flow = DesignerTestFlows.Load();
        var diagram = DesignerTestFlows.Diagram();

        mapper.Sync(diagram, flow);
        var back = DiagramMapper.ToFlow(diagram, flow.Metadata);

        FlowSerializer.Serialize(back).ShouldBe(FlowSerializer.Serialize(flow));
        diagram.Nodes.Select(n => n.Id).ShouldBe(["start", "check", "pay", "split", "end"]);
        diagram.Links.Count.ShouldBe(4);
    }

    [Fact]
    public void Sync_SwitchCases_BecomeLabelledPortsByName()
    {
        var diagram = DesignerTestFlows.Diagram();
        mapper.Sync(diagram, DesignerTestFlows.Load());

        var split = diagram.Nodes.OfType<FlowNodeModel>().Single(n => n.Id == "split");
        split.Outputs.Select(p => (p.Name, p.Label)).ShouldBe([("big", "Big"), ("small", "Small"), ("default", "Default"), ("error", "On error")]);
        var check = diagram.Nodes.OfType<FlowNodeModel>().Single(n => n.Id == "check");
        check.Outputs.Select(p => p.Name).ShouldBe(["true", "false", "error"]);
    }

    [Fact]
    public void ToFlow_AfterMovingNode_WritesCanvasPosition()
    {
        var flow = DesignerTestFlows.Load();
        var diagram = DesignerTestFlows.Diagram();
        mapper.Sync(diagram, flow);

        diagram.Nodes.Single(n => n.Id == "pay").SetPosition(700, 60);
        var back = DiagramMapper.ToFlow(diagram, flow.Metadata);

        back.FindNode("pay")!.Position.ShouldBe(new FlowPosition(700, 60));
        back.FindNode("start")!.Position.ShouldBe(new FlowPosition(10, 20));
    }

    [Fact]
    public void Sync_ChangedFlow_UpdatesOnlyWhatDiffers()
    {
        var flow = DesignerTestFlows.Load();
        var diagram = DesignerTestFlows.Diagram();
        mapper.Sync(diagram, flow);
        var startModel = diagram.Nodes.Single(n => n.Id == "start");

        //  drop "end" (and its link), add "note", relabel "pay", add cases to the switch
        var edited = flow with
        {
            Nodes = [.. flow.Nodes.Where(n => n.Id != "end").Select(n => n.Id switch
            {
                "pay" => n with { Label = "Record it" },
                "split" => n with { Config = NodeConfig.Parse("""{ "cases": [ { "name": "eu", "label": "EU", "when": "true" } ] }""") },
                _ => n,
            }), new FlowNode { Id = "note", Type = "flow.stop", Position = new FlowPosition(1, 2) }],
            Connections = [.. flow.Connections.Where(c => c.ToNode != "end")],
        };
        mapper.Sync(diagram, edited);

        diagram.Nodes.Single(n => n.Id == "start").ShouldBeSameAs(startModel);
        diagram.Nodes.Select(n => n.Id).ShouldBe(["start", "check", "pay", "split", "note"], ignoreOrder: true);
        diagram.Nodes.OfType<FlowNodeModel>().Single(n => n.Id == "split").Outputs.Select(p => p.Name).ShouldBe(["eu", "default", "error"]);
        diagram.Links.Count.ShouldBe(3);
        DiagramMapper.ToFlow(diagram, flow.Metadata).FindNode("pay")!.Label.ShouldBe("Record it");
    }

    [Fact]
    public void Sync_ConnectionToMissingPort_IsNotDrawn()
    {
        var flow = DesignerTestFlows.Load();
        var broken = flow with { Connections = flow.Connections.Add(new FlowConnection("check", "nope", "end", "in")) };
        var diagram = DesignerTestFlows.Diagram();

        mapper.Sync(diagram, broken);

        diagram.Links.Count.ShouldBe(4);
    }
}
