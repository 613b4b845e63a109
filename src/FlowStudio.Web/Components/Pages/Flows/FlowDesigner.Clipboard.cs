using Blazor.Diagrams.Core.Geometry;
using FlowStudio.Web.Designer;
using Microsoft.JSInterop;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Flows;

/// <summary>
/// Copy and paste: a copy goes to the person's server-side clipboard (any tab of theirs can paste it) and, where the
/// browser allows, to the system clipboard as FlowStudio nodes text. Ctrl+V pastes the newer of the two.
/// </summary>
public partial class FlowDesigner
{
    private async Task CopyAsync()
    {
        ClipboardContent content;
        try
        {
            content = await Clipboard.CopyAsync(session!.Flow, SelectedIds());
        }
        catch (ArgumentException ex)
        {
            Snackbar.Add($"Nothing was copied: {ex.Message}", Severity.Warning);
            return;
        }

        if (content.IsEmpty)
        {
            Snackbar.Add("Select one or more steps to copy.", Severity.Info);
            return;
        }

        Snackbar.Add($"Copied {content.Nodes.Length} step(s). Paste here, in another flow or in another tab.", Severity.Info);
        if (module is not null)
        {
            try
            {
                await module.InvokeAsync<bool>("writeClipboard", ClipboardEnvelope.Write(content));
            }
            catch (JSException)
            {
                // The system clipboard is a convenience; the copy is already on the server.
            }
        }
    }

    /// <summary>Ctrl+V: <paramref name="systemText"/> is the system clipboard's text when the browser gave it.</summary>
    [JSInvokable]
    public async Task OnPaste(string? systemText)
    {
        if (session is null || diagram is null)
        {
            return;
        }

        await PasteAsync(systemText);
        StateHasChanged();
    }

    /// <summary>The part of the diagram the canvas shows now, in diagram coordinates.</summary>
    private Rectangle? VisibleArea()
    {
        if (diagram?.Container is not { Width: > 0, Height: > 0 } box)
        {
            return null;
        }

        var zoom = diagram.Zoom;
        return new Rectangle(new Point(-diagram.Pan.X / zoom, -diagram.Pan.Y / zoom), new Blazor.Diagrams.Core.Geometry.Size(box.Width / zoom, box.Height / zoom));
    }

    private async Task PasteAsync(string? systemText)
    {
        if (session!.IsReadOnly)
        {
            return;
        }

        var content = await Clipboard.GetAsync();
        if (ClipboardEnvelope.Claims(systemText))
        {
            var (fromSystem, error) = ClipboardEnvelope.Read(systemText!, Palette.Catalog);
            if (error is not null)
            {
                Snackbar.Add(error, Severity.Error);
                return;
            }

            if (content is null || fromSystem!.CopiedAt >= content.CopiedAt)
            {
                content = fromSystem;
            }
        }

        if (content is not { IsEmpty: false })
        {
            Snackbar.Add("Nothing to paste yet: select steps and copy them (Ctrl+C) first.", Severity.Info);
            return;
        }

        var ids = session.Paste(content, PastePlacement.Offset(content.Nodes, session.Flow.Nodes, VisibleArea()));
        Apply(session.Flow);
        SelectOnly(ids);
    }
}
