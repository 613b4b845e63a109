using Blazor.Diagrams.Core.Geometry;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>Where pasted nodes go: just beside where they were copied from when that is in view, else into free space in the view.</summary>
public static class PastePlacement
{
    private const double Margin = 40;
    private const double Step = 40;
    private const double Grid = 20;

    // Node heights depend on their ports; this covers a node with two rows of ports, which is most of them.
    private static readonly double NodeHeight = NodeLayout.Height(2, 2);

    /// <summary>
    /// The shift for <paramref name="nodes"/>. <see cref="FlowClipboard.PasteOffset"/> when the shifted nodes are all
    /// inside <paramref name="view"/> (diagram coordinates) and clear of the flow's other nodes (the copied originals
    /// may be overlapped, as a duplicate beside them); otherwise the first free spot in the view, scanning from its
    /// top-left corner, or below everything when the view has no room. Shifts are on the grid.
    /// </summary>
    public static FlowPosition Offset(IReadOnlyCollection<FlowNode> nodes, IReadOnlyCollection<FlowNode> existing, Rectangle? view)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(existing);
        var offset = FlowClipboard.PasteOffset;
        if (nodes.Count == 0 || view is null || view.Width <= 0 || view.Height <= 0)
        {
            return offset;
        }

        var copied = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var others = existing.Where(n => !copied.Contains(n.Id)).Select(Box).ToList();
        var left = nodes.Min(n => n.Position.X);
        var top = nodes.Min(n => n.Position.Y);
        var width = nodes.Max(n => n.Position.X) + NodeLayout.Width - left;
        var height = nodes.Max(n => n.Position.Y) + NodeHeight - top;
        bool Free(double x, double y) =>
            x >= view.Left && y >= view.Top && x + width <= view.Right && y + height <= view.Bottom
            && !others.Any(o => x < o.Right + Grid && o.Left < x + width + Grid && y < o.Bottom + Grid && o.Top < y + height + Grid);

        if (Free(left + offset.X, top + offset.Y))
        {
            return offset;
        }

        for (var y = Snap(view.Top + Margin); y + height <= view.Bottom; y += Step)
        {
            for (var x = Snap(view.Left + Margin); x + width <= view.Right; x += Step)
            {
                if (Free(x, y))
                {
                    return new FlowPosition(x - left, y - top);
                }
            }
        }

        var below = others.Count == 0 ? view.Top : others.Max(o => o.Bottom);
        return new FlowPosition(Snap(view.Left + Margin - left), Snap(below + Margin - top));
    }

    private static Rectangle Box(FlowNode node) =>
        new(new Point(node.Position.X, node.Position.Y), new Size(NodeLayout.Width, NodeHeight));

    private static double Snap(double value) => Math.Round(value / Grid) * Grid;
}
