using Blazor.Diagrams.Core.Geometry;
using FlowStudio.Web.Designer;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace FlowStudio.Web.Components.Pages.Flows;

/// <summary>Fitting the flow into the canvas, against the canvas's size as it is now.</summary>
public partial class FlowDesigner
{
    private const double FitMargin = 40;
    private const double FitMaxZoom = 1.5;

    private ElementReference canvasHost;
    private bool containerStale;

    private void TogglePalette()
    {
        paletteOpen = !paletteOpen;
        containerStale = true;
    }

    /// <summary>
    /// Blazor.Diagrams caches the canvas's bounds and refreshes them from resize observers that may not have
    /// reported yet when the palette drawer has just changed the canvas width; fitting or dropping against the
    /// stale bounds puts nodes off screen. This reads the bounds from the browser and hands them to the diagram.
    /// </summary>
    private async Task RefreshContainerAsync()
    {
        if (module is null || diagram is null)
        {
            return;
        }

        try
        {
            var bounds = await module.InvokeAsync<Rectangle?>("canvasBounds", canvasHost);
            if (bounds is { Width: > 0, Height: > 0 })
            {
                diagram.SetContainer(bounds);
            }
        }
        catch (JSException)
        {
            // The canvas is not on the page (e.g. between renders); keep the bounds the library has.
        }
    }

    /// <summary>Shows every node of the flow (not just the selection) centred in the canvas, at most 150%.</summary>
    private async Task FitAsync()
    {
        await RefreshContainerAsync();
        if (diagram?.Container is not { } container)
        {
            return;
        }

        var fit = ViewportFit.Of(
            diagram.Nodes.Select(n => new Rectangle(n.Position, n.Size ?? new Size(NodeLayout.Width, NodeLayout.HeaderHeight))),
            container.Width, container.Height, FitMargin, diagram.Options.Zoom.Minimum, FitMaxZoom);
        if (fit is { } view)
        {
            diagram.SetZoom(view.Zoom);
            diagram.SetPan(view.PanX, view.PanY);
        }
    }
}
