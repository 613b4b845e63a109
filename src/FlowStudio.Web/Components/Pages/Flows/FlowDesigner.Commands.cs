using System.Text.Json;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Validation;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Web.Components.Designer;
using FlowStudio.Web.Designer;
using FlowStudio.Web.Designer.TestRuns;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Flows;

public partial class FlowDesigner
{
    private string? lastPayload;

    [Inject] private DesignerTestRunner TestRunner { get; set; } = default!;

    [JSInvokable]
    public async Task OnShortcut(string name)
    {
        if (session is null || diagram is null)
        {
            return;
        }

        switch (name)
        {
            case "save": await SaveAsync(); break;
            case "undo": await UndoAsync(); break;
            case "redo": await RedoAsync(); break;
            case "copy": await CopyAsync(); break;
            case "paste": await PasteAsync(null); break;
            case "delete": await DeleteSelectionAsync(); break;
            case "selectAll": SelectOnly([.. session.Flow.Nodes.Select(n => n.Id)]); break;
            case "help": await ShowShortcutsAsync(); break;
            case "fit": await FitAsync(); break;
            case "tidy": await TidyAsync(); break;
            case "zoomIn": Zoom(1.2); break;
            case "zoomOut": Zoom(1 / 1.2); break;
        }

        StateHasChanged();
    }

    private IReadOnlyCollection<string> SelectedIds() => [.. diagram!.Nodes.Where(n => n.Selected).Select(n => n.Id)];

    private Task UndoAsync()
    {
        if (session!.Undo() is { } flow)
        {
            Apply(flow);
        }

        return Task.CompletedTask;
    }

    private Task RedoAsync()
    {
        if (session!.Redo() is { } flow)
        {
            Apply(flow);
        }

        return Task.CompletedTask;
    }

    private Task DeleteSelectionAsync()
    {
        if (session!.IsReadOnly)
        {
            return Task.CompletedTask;
        }

        var nodes = SelectedIds();
        var links = diagram!.Links.Where(l => l.Selected).Select(DiagramMapper.ConnectionOf).OfType<FlowConnection>().ToHashSet();
        if (nodes.Count == 0 && links.Count == 0)
        {
            return Task.CompletedTask;
        }

        var flow = session.Flow;
        var changed = nodes.Count > 0 && session.RemoveNodes(nodes);
        if (links.Count > 0)
        {
            changed |= session.Edit(session.Flow with { Connections = [.. session.Flow.Connections.Where(c => !links.Contains(c))] });
        }

        if (changed || !ReferenceEquals(flow, session.Flow))
        {
            Apply(session.Flow);
        }

        return Task.CompletedTask;
    }

    private async Task TidyAsync()
    {
        if (!session!.IsReadOnly && session.Tidy(Palette.Catalog))
        {
            Apply(session.Flow);
            await FitAsync();
        }
    }

    private void Zoom(double factor)
    {
        var zoom = Math.Clamp(diagram!.Zoom * factor, diagram.Options.Zoom.Minimum, diagram.Options.Zoom.Maximum);
        diagram.SetZoom(zoom);
    }

    private async Task ShowShortcutsAsync() =>
        await Dialogs.ShowAsync<ShortcutsDialog>("Keyboard shortcuts", new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });

    private async Task FocusNodeAsync(string? nodeId)
    {
        if (nodeId is null || diagram!.Nodes.FirstOrDefault(n => n.Id == nodeId) is not { } node)
        {
            return;
        }

        SelectOnly([nodeId]);
        var container = diagram.Container;
        if (container is not null)
        {
            diagram.SetPan(
                (container.Width / 2) - ((node.Position.X + (NodeLayout.Width / 2)) * diagram.Zoom),
                (container.Height / 2) - ((node.Position.Y + NodeLayout.HeaderHeight) * diagram.Zoom));
        }

        sideTab = 0;
        await Task.CompletedTask;
    }

    private async Task SaveAsync()
    {
        if (session is null || session.IsReadOnly || busy)
        {
            return;
        }

        busy = true;
        try
        {
            await SaveAsync(session.Revision);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task SaveAsync(int expectedRevision)
    {
        var flow = session!.Flow;
        var result = await Store.SaveDraftAsync(FlowId, flow, expectedRevision, await CurrentActor.GetAsync(), saveComment);
        switch (result.Status)
        {
            case FlowCommandStatus.Succeeded:
                session.MarkSaved(result.Flow!.Revision, flow);
                saveComment = null;
                revisions = await Store.ListRevisionsAsync(FlowId);
                Snackbar.Add($"Saved draft v{result.Flow.LatestVersion}.", Severity.Success);
                break;
            case FlowCommandStatus.Conflict:
                await ResolveConflictAsync(result.Message!);
                break;
            default:
                Snackbar.Add(result.Message ?? "The flow could not be saved.", Severity.Error);
                break;
        }
    }

    private async Task ResolveConflictAsync(string message)
    {
        var history = await Store.ListRevisionsAsync(FlowId);
        var theirs = history.Where(r => r.Revision > session!.Revision).OrderByDescending(r => r.Revision).ToList();
        var started = await Store.GetRevisionAsync(FlowId, session!.Revision);
        var theirLatest = theirs.Count > 0 ? await Store.GetRevisionAsync(FlowId, theirs[0].Revision) : null;
        var dialog = await Dialogs.ShowAsync<SaveConflictDialog>("Someone saved newer work",
            new DialogParameters<SaveConflictDialog>
            {
                { d => d.Message, message },
                { d => d.Theirs, theirs },
                { d => d.TheirChanges, started is not null && theirLatest is not null ? FlowDiff.Compare(started, theirLatest) : null },
            },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: SaveConflictChoice choice })
        {
            return;
        }

        if (choice == SaveConflictChoice.Overwrite)
        {
            var latest = await Store.GetAsync(FlowId);
            if (latest is not null)
            {
                await SaveAsync(latest.Flow.Revision);
            }

            return;
        }

        var copy = session!.Flow with { Metadata = session.Flow.Metadata with { Name = $"{session.Flow.Metadata.Name} (my copy)" } };
        var created = await Store.CreateAsync(copy, await CurrentActor.GetAsync());
        if (created.Status == FlowCommandStatus.Succeeded)
        {
            session.MarkSaved(session.Revision, session.Flow);
            Snackbar.Add($"Saved your version as '{created.Flow!.Name}'.", Severity.Success);
            Navigation.NavigateTo($"/flows/{created.Flow.Id}/design");
        }
        else
        {
            Snackbar.Add(created.Message ?? "The copy could not be saved.", Severity.Error);
        }
    }

    private async Task PublishAsync()
    {
        if (session is null || session.IsReadOnly || busy)
        {
            return;
        }

        var errors = session.Issues.Where(i => i.Severity == ValidationSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            sideTab = 1;
            Snackbar.Add($"Fix {errors.Count} problem(s) before publishing; click one to go to its step.", Severity.Warning);
            return;
        }

        if (session.IsDirty)
        {
            await SaveAsync();
            if (session.IsDirty)
            {
                return;
            }
        }

        busy = true;
        try
        {
            var result = await Store.PublishAsync(FlowId, session.Revision, await CurrentActor.GetAsync());
            if (result.Status == FlowCommandStatus.Succeeded)
            {
                session.MarkSaved(result.Flow!.Revision, session.Flow);
                revisions = await Store.ListRevisionsAsync(FlowId);
                Snackbar.Add($"Published v{result.Flow.PublishedVersion}. New runs use it from now on.", Severity.Success);
            }
            else if (result.Status == FlowCommandStatus.Invalid)
            {
                session.SetIssues(result.Issues);
                sideTab = 1;
                Snackbar.Add(result.Message ?? "The flow has errors.", Severity.Warning);
            }
            else
            {
                Snackbar.Add(result.Message ?? "The flow could not be published.", Severity.Error);
            }
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ViewRevisionAsync(int revision)
    {
        if (session!.ViewingRevision is null && session.IsDirty && session.CanEdit)
        {
            Snackbar.Add("Save or undo your changes before viewing an older revision.", Severity.Warning);
            return;
        }

        var flow = await Store.GetRevisionAsync(FlowId, revision);
        if (flow is null)
        {
            Snackbar.Add($"Revision {revision} no longer exists.", Severity.Error);
            return;
        }

        session.ViewingRevision = revision;
        SetLocked(true);
        Apply(flow);
    }

    private Task BackToDraftAsync()
    {
        session!.ViewingRevision = null;
        SetLocked(session.IsReadOnly);
        Apply(session.Flow);
        return Task.CompletedTask;
    }

    private void SetLocked(bool locked)
    {
        foreach (var node in diagram!.Nodes)
        {
            node.Locked = locked;
            foreach (var port in node.Ports)
            {
                port.Locked = locked;
            }
        }

        foreach (var link in diagram.Links)
        {
            link.Locked = locked;
        }
    }

    private async Task RestoreAsync(int revision)
    {
        if (session!.IsDirty && session.ViewingRevision is null)
        {
            Snackbar.Add("Save or undo your changes first; restoring replaces the draft.", Severity.Warning);
            return;
        }

        var result = await Store.RestoreAsync(FlowId, revision, session.Revision, await CurrentActor.GetAsync());
        if (result.Status != FlowCommandStatus.Succeeded)
        {
            Snackbar.Add(result.Message ?? "The revision could not be restored.", Severity.Error);
            return;
        }

        var details = await Store.GetAsync(FlowId);
        session.ViewingRevision = null;
        session.Reload(details!.Latest, details.Flow.Revision);
        SetLocked(session.IsReadOnly);
        Apply(session.Flow);
        revisions = await Store.ListRevisionsAsync(FlowId);
        Snackbar.Add($"Restored revision {revision} as the draft.", Severity.Success);
    }

    private async Task CompareAsync((int Older, int Newer) pair)
    {
        var older = await Store.GetRevisionAsync(FlowId, pair.Older);
        var newer = await Store.GetRevisionAsync(FlowId, pair.Newer);
        if (older is null || newer is null)
        {
            Snackbar.Add("One of the revisions no longer exists.", Severity.Error);
            return;
        }

        await Dialogs.ShowAsync<FlowDiffDialog>($"Changes from r{pair.Older} to r{pair.Newer}",
            new DialogParameters<FlowDiffDialog> { { d => d.Diff, FlowDiff.Compare(older, newer) } },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
    }

    private async Task TestRunAsync()
    {
        if (session is null || busy)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<TestRunDialog>("Test run",
            new DialogParameters<TestRunDialog>
            {
                { d => d.Example, TriggerExamples.For(session.Flow) },
                { d => d.Recent, await Store.RecentTriggersAsync(FlowId) },
                { d => d.LastPayload, lastPayload },
            },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: JsonElement payload })
        {
            return;
        }

        lastPayload = payload.GetRawText();
        busy = true;
        StateHasChanged();
        try
        {
            var shown = session.ViewingRevision is null ? session.Flow : DiagramMapper.ToFlow(diagram!, session.Flow.Metadata);
            session.LastRun = await TestRunner.RunAsync(shown, payload);
            ShowRunResults();
            sideTab = 3;
            if (session.LastRun.FailedNodeId is { } failed)
            {
                await FocusNodeAsync(failed);
                sideTab = 0;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private async Task PinAsync(string nodeId, bool pin)
    {
        var output = pin ? session!.LastRun?.Nodes.GetValueOrDefault(nodeId)?.Output : null;
        var problem = await Store.PinSampleAsync(FlowId, nodeId, output, await CurrentActor.GetAsync());
        if (problem is not null)
        {
            Snackbar.Add(problem, Severity.Error);
            return;
        }

        if (output is { } sample)
        {
            session!.Pinned[nodeId] = sample;
            Snackbar.Add("Pinned: mapping uses this output until you unpin it.", Severity.Success);
        }
        else
        {
            session!.Pinned.Remove(nodeId);
        }
    }
}
