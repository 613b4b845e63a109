using Blazor.Diagrams.Core.Geometry;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

public sealed class PastePlacementTests
{
    private static FlowNode[] NodesAt(string prefix, params (double X, double Y)[] at) =>
        [.. at.Select((p, i) => new FlowNode { Id = $"{prefix}{i}", Type = NodeTypeKeys.Delay, Position = new FlowPosition(p.X, p.Y) })];

    private static Rectangle View(double left, double top, double width, double height) => new(new Point(left, top), new Size(width, height));

    [Fact]
    public void Offset_SameFlowCopiedSpotInView_PastesJustBesideTheOriginals()
    {
        var copied = NodesAt("n", (100, 100), (400, 200));

        var offset = PastePlacement.Offset(copied, copied, View(0, 0, 1000, 800));

        offset.ShouldBe(FlowClipboard.PasteOffset);
    }

    [Fact]
    public void Offset_CopiedSpotOutOfView_MovesTheNodesIntoTheViewOnTheGrid()
    {
        var offset = PastePlacement.Offset(NodesAt("n", (1500, 900), (1800, 1000)), [], View(-203, 17, 700, 500));

        offset.ShouldBe(new FlowPosition(-1660, -840));
    }

    [Fact]
    public void Offset_SpotTakenByAnotherStep_FindsFreeSpaceInTheView()
    {
        var pasted = NodesAt("copy", (0, 0));
        var begin = NodesAt("begin", (40, 40));

        var offset = PastePlacement.Offset(pasted, begin, View(0, 0, 1000, 800));

        var box = new Rectangle(new Point(offset.X, offset.Y), new Size(NodeLayout.Width, NodeLayout.Height(2, 2)));
        box.Left.ShouldBeGreaterThanOrEqualTo(40 + NodeLayout.Width + 20);
        box.Right.ShouldBeLessThanOrEqualTo(1000);
        box.Top.ShouldBe(40);
    }

    [Fact]
    public void Offset_ViewFull_PutsTheNodesBelowEverything()
    {
        var pasted = NodesAt("copy", (0, 0));
        var crowd = NodesAt("c", (0, 0), (240, 0), (0, 120), (240, 120));

        var offset = PastePlacement.Offset(pasted, crowd, View(0, 0, 480, 240));

        offset.ShouldBe(new FlowPosition(40, Math.Round((120 + NodeLayout.Height(2, 2) + 40) / 20) * 20));
    }

    [Fact]
    public void Offset_NoCanvasYet_KeepsTheUsualShift() =>
        PastePlacement.Offset(NodesAt("n", (5000, 5000)), [], null).ShouldBe(FlowClipboard.PasteOffset);
}
