using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

public sealed class DesignerEditingTests
{
    private static readonly PaletteCatalog Palette = DesignerTestFlows.Palette();

    private static DesignerSession NewSession(bool canEdit = true) => new(Guid.NewGuid(), DesignerTestFlows.Load(), 3, canEdit);

    [Fact]
    public void UndoRedo_AddNode_RestoresEachState()
    {
        var session = NewSession();
        var original = FlowSerializer.Serialize(session.Flow);

        var id = session.AddNode(Palette.Find(NodeTypeKeys.Delay)!, new FlowPosition(40, 60));
        session.Flow.FindNode(id)!.Position.ShouldBe(new FlowPosition(40, 60));
        session.IsDirty.ShouldBeTrue();

        FlowSerializer.Serialize(session.Undo()!).ShouldBe(original);
        session.IsDirty.ShouldBeFalse();
        session.Redo()!.FindNode(id).ShouldNotBeNull();
        session.Redo().ShouldBeNull();
    }

    [Fact]
    public void ReplaceNode_TypingInOneNode_UndoesAsOneStep()
    {
        var session = NewSession();
        var pay = session.Flow.FindNode("pay")!;

        session.ReplaceNode(pay with { Label = "R" });
        session.ReplaceNode(pay with { Label = "Re" });
        session.ReplaceNode(pay with { Label = "Record" });

        session.History.UndoDepth.ShouldBe(1);
        session.Undo()!.FindNode("pay")!.Label.ShouldBe("Record payment");
    }

    [Fact]
    public void RemoveNodes_DropsTheirConnections()
    {
        var session = NewSession();

        session.RemoveNodes(["check"]);

        session.Flow.FindNode("check").ShouldBeNull();
        session.Flow.Connections.ShouldAllBe(c => c.FromNode != "check" && c.ToNode != "check");
        session.Flow.Connections.Length.ShouldBe(1);
    }

    [Fact]
    public void Commit_NoChange_RecordsNothing()
    {
        var session = NewSession();

        session.Edit(session.Flow with { }).ShouldBeFalse();

        session.History.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void ReadOnlySession_RefusesEdits()
    {
        var session = NewSession(canEdit: false);

        Should.Throw<InvalidOperationException>(() => session.RemoveNodes(["check"]));
        session.Undo().ShouldBeNull();
    }

    [Fact]
    public void CopyPaste_IntoOtherFlow_RenamesClashingIdsAndKeepsInnerLinks()
    {
        var source = DesignerTestFlows.Load();
        var copied = ClipboardContent.Of(source, ["check", "pay", "end"]);

        var target = NewSession();
        var ids = target.Paste(copied);

        ids.ShouldBe(["condition-1", "connector-1", "stop-1"]);
        var pasted = target.Flow.FindNode("connector-1")!;
        pasted.Position.ShouldBe(new FlowPosition(660, 40));
        pasted.Config.GetRawText().ShouldBe(source.FindNode("pay")!.Config.GetRawText());
        target.Flow.Connections.ShouldContain(new FlowConnection("condition-1", "true", "connector-1", "in"));
        target.Flow.Connections.Length.ShouldBe(5);
    }

    [Fact]
    public void Tidy_LayersLeftToRight()
    {
        //  start → check → (pay, split) → end
        var flow = AutoLayout.Tidy(DesignerTestFlows.Load(), NodeCatalog.CreateBuiltIn());

        double X(string id) => flow.FindNode(id)!.Position.X;
        X("start").ShouldBe(0);
        X("check").ShouldBeGreaterThan(X("start"));
        X("pay").ShouldBe(X("split"));
        X("end").ShouldBeGreaterThan(X("split"));
        flow.FindNode("pay")!.Position.Y.ShouldNotBe(flow.FindNode("split")!.Position.Y);
    }

    [Fact]
    public void Tidy_ForEachLoopReturn_DoesNotStopLayout()
    {
        //  [start] → [each: for-each] ─item→ [body: map] ─out→ each.loop
        var flow = FlowSerializer.Deserialize("""
            { "schemaVersion": 1, "metadata": { "name": "x" },
              "nodes": [ { "id": "start", "type": "trigger.manual" }, { "id": "each", "type": "flow.forEach" }, { "id": "body", "type": "logic.map" } ],
              "connections": [
                { "fromNode": "start", "fromPort": "out", "toNode": "each", "toPort": "in" },
                { "fromNode": "each", "fromPort": "item", "toNode": "body", "toPort": "in" },
                { "fromNode": "body", "fromPort": "out", "toNode": "each", "toPort": "loop" } ] }
            """);

        var tidy = AutoLayout.Tidy(flow, NodeCatalog.CreateBuiltIn());

        tidy.Nodes.Select(n => n.Position.X).ShouldBe([0, NodeLayout.Width + NodeLayout.LayerGap, 2 * (NodeLayout.Width + NodeLayout.LayerGap)]);
    }

    [Fact]
    public void Diff_ReportsAddedRemovedChangedAndLinks()
    {
        var older = DesignerTestFlows.Load();
        var newer = older with
        {
            Nodes = [.. older.Nodes.Where(n => n.Id != "end").Select(n => n.Id == "check" ? n with { Config = NodeConfig.Parse("""{ "condition": "true" }""") } : n),
                new FlowNode { Id = "slack", Type = "action.http" }],
            Connections = [.. older.Connections.Where(c => c.ToNode != "end")],
        };

        var diff = FlowDiff.Compare(older, newer);

        diff.Added.Select(n => n.Id).ShouldBe(["slack"]);
        diff.Removed.Select(n => n.Id).ShouldBe(["end"]);
        diff.Changed.ShouldHaveSingleItem().Fields.ShouldBe(["config.condition"]);
        diff.ConnectionsRemoved.ShouldHaveSingleItem().ToNode.ShouldBe("end");
        FlowDiff.Compare(older, older).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void SampleOutputs_PinnedOverridesLastRun()
    {
        var session = NewSession();
        session.Pinned["pay"] = NodeConfig.Parse("""{ "payment_id": "pinned" }""");

        session.SampleOutputs["pay"].GetProperty("payment_id").GetString().ShouldBe("pinned");
    }
}
