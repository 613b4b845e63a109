using Blazor.Diagrams.Core.Geometry;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

public sealed class PastePlacementTests
{
    private static FlowNode[] NodesAt(params (double X, double Y)[] at) =>
        [.. at.Select((p, i) => new FlowNode { Id = $"n{i}", Type = NodeTypeKeys.Delay, Position = new FlowPosition(p.X, p.Y) })];

    private static Rectangle View(double left, double top, double width, double height) => new(new Point(left, top), new Size(width, height));

    [Fact]
    public void Offset_CopiedSpotInView_PastesJustBesideIt()
    {
        var offset = PastePlacement.Offset(NodesAt((100, 100), (400, 200)), View(0, 0, 1000, 800));

        offset.ShouldBe(FlowClipboard.PasteOffset);
    }

    [Fact]
    public void Offset_CopiedSpotOutOfView_MovesTheNodesIntoTheViewOnTheGrid()
    {
        var offset = PastePlacement.Offset(NodesAt((1500, 900), (1800, 1000)), View(-203, 17, 600, 500));

        offset.ShouldBe(new FlowPosition(-1660, -840));
        (1500 + offset.X).ShouldBeInRange(-203, -203 + 60);
        (900 + offset.Y).ShouldBeInRange(17, 17 + 60);
    }

    [Fact]
    public void Offset_PartlyOutOfView_MovesTheNodesIntoTheView()
    {
        var offset = PastePlacement.Offset(NodesAt((700, 100)), View(0, 0, 800, 600));

        offset.ShouldBe(new FlowPosition(-660, -60));
    }

    [Fact]
    public void Offset_NoCanvasYet_KeepsTheUsualShift() =>
        PastePlacement.Offset(NodesAt((5000, 5000)), null).ShouldBe(FlowClipboard.PasteOffset);
}
