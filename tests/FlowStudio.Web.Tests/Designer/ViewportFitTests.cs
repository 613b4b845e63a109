using Blazor.Diagrams.Core.Geometry;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

public sealed class ViewportFitTests
{
    [Fact]
    public void Of_FitsEveryNodeInsideTheCanvasWithTheMargin()
    {
        Rectangle[] nodes = [new(0, 0, 200, 100), new(800, 600, 1000, 700), new(-300, 200, -100, 300)];

        var fit = ViewportFit.Of(nodes, canvasWidth: 730, canvasHeight: 660, margin: 40, minZoom: 0.1, maxZoom: 1.5)!.Value;

        foreach (var node in nodes)
        {
            var left = (node.Left * fit.Zoom) + fit.PanX;
            var top = (node.Top * fit.Zoom) + fit.PanY;
            var right = (node.Right * fit.Zoom) + fit.PanX;
            var bottom = (node.Bottom * fit.Zoom) + fit.PanY;
            left.ShouldBeGreaterThanOrEqualTo(40 - 1e-9);
            top.ShouldBeGreaterThanOrEqualTo(40 - 1e-9);
            right.ShouldBeLessThanOrEqualTo(730 - 40 + 1e-9);
            bottom.ShouldBeLessThanOrEqualTo(660 - 40 + 1e-9);
        }

        // Width-bound: 1300 wide flow into 650 usable pixels.
        fit.Zoom.ShouldBe(0.5, 1e-9);
    }

    [Fact]
    public void Of_CapsTheZoomAndStillCentresASmallFlow()
    {
        var fit = ViewportFit.Of([new Rectangle(100, 100, 300, 200)], 800, 600, 40, 0.1, 1.5)!.Value;

        fit.Zoom.ShouldBe(1.5);
        ((100 * 1.5) + fit.PanX).ShouldBe((800 - (200 * 1.5)) / 2, 1e-9);
        ((100 * 1.5) + fit.PanY).ShouldBe((600 - (100 * 1.5)) / 2, 1e-9);
    }

    [Fact]
    public void Of_ReturnsNullWithoutNodesOrCanvas()
    {
        ViewportFit.Of([], 800, 600, 40, 0.1, 1.5).ShouldBeNull();
        ViewportFit.Of([new Rectangle(0, 0, 10, 10)], 0, 600, 40, 0.1, 1.5).ShouldBeNull();
    }
}
