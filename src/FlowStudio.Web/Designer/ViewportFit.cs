using Blazor.Diagrams.Core.Geometry;

namespace FlowStudio.Web.Designer;

/// <summary>The zoom and pan that show a set of node rectangles centred in a canvas of a given size.</summary>
public readonly record struct ViewportFit(double Zoom, double PanX, double PanY)
{
    /// <summary>
    /// Fits every rectangle in <paramref name="nodes"/> (diagram coordinates) into a canvas of
    /// <paramref name="canvasWidth"/> × <paramref name="canvasHeight"/> pixels with <paramref name="margin"/> pixels
    /// around, at a zoom between <paramref name="minZoom"/> and <paramref name="maxZoom"/>, centred. Unlike the
    /// library's ZoomToFit it ignores the selection (it fits the whole flow) and applies the zoom cap before
    /// centring, so a capped fit is still centred. Null when there is nothing to fit or no canvas yet.
    /// </summary>
    public static ViewportFit? Of(IEnumerable<Rectangle> nodes, double canvasWidth, double canvasHeight, double margin, double minZoom, double maxZoom)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var list = nodes.ToList();
        if (list.Count == 0 || canvasWidth <= 0 || canvasHeight <= 0)
        {
            return null;
        }

        var left = list.Min(r => r.Left);
        var top = list.Min(r => r.Top);
        var width = Math.Max(1, list.Max(r => r.Right) - left);
        var height = Math.Max(1, list.Max(r => r.Bottom) - top);
        var usableWidth = Math.Max(1, canvasWidth - (2 * margin));
        var usableHeight = Math.Max(1, canvasHeight - (2 * margin));
        var zoom = Math.Clamp(Math.Min(usableWidth / width, usableHeight / height), minZoom, maxZoom);
        var panX = ((canvasWidth - (width * zoom)) / 2) - (left * zoom);
        var panY = ((canvasHeight - (height * zoom)) / 2) - (top * zoom);
        return new ViewportFit(zoom, panX, panY);
    }
}
