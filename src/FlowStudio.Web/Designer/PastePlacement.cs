using Blazor.Diagrams.Core.Geometry;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>Where pasted nodes go: just beside where they were copied from when that is in view, else into the view.</summary>
public static class PastePlacement
{
    private const double Margin = 40;
    private const double Grid = 20;

    /// <summary>
    /// The shift for <paramref name="nodes"/>: <see cref="FlowClipboard.PasteOffset"/> when the shifted nodes are all
    /// inside <paramref name="view"/> (diagram coordinates); otherwise the shift that puts their top-left corner near
    /// the view's top-left corner, on the grid. Pasting from another flow or a scrolled-away spot stays visible.
    /// </summary>
    public static FlowPosition Offset(IReadOnlyCollection<FlowNode> nodes, Rectangle? view)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var offset = FlowClipboard.PasteOffset;
        if (nodes.Count == 0 || view is null || view.Width <= 0 || view.Height <= 0)
        {
            return offset;
        }

        var left = nodes.Min(n => n.Position.X);
        var top = nodes.Min(n => n.Position.Y);
        var right = nodes.Max(n => n.Position.X) + NodeLayout.Width;
        var bottom = nodes.Max(n => n.Position.Y) + NodeLayout.Height(1, 1);
        var fits = left + offset.X >= view.Left && top + offset.Y >= view.Top
            && right + offset.X <= view.Right && bottom + offset.Y <= view.Bottom;
        return fits ? offset : new FlowPosition(Snap(view.Left + Margin - left), Snap(view.Top + Margin - top));
    }

    private static double Snap(double value) => Math.Round(value / Grid) * Grid;
}
