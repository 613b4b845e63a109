using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Security;
using FlowStudio.Core.Validation;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Web.Designer;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Flows;

/// <summary>
/// The flow designer page. It wires gestures on the canvas to <see cref="DesignerSession"/> (the state and
/// edits) and shows the result through <see cref="DiagramMapper"/>; the canvas needs the browser, so nothing
/// is loaded while prerendering.
/// </summary>
public partial class FlowDesigner
{
    private const double GridSize = 20;

    private BlazorDiagram? diagram;
    private DesignerSession? session;
    private IReadOnlyList<FlowRevisionSummary> revisions = [];
    private string? loadError;
    private string? selectedNodeId;
    private PaletteItem? dragged;
    private string? saveComment;
    private bool paletteOpen = true;
    private bool busy;
    private bool canvasReady;
    private bool applying;
    private bool commitPending;
    private int sideTab;
    private IJSObjectReference? module;
    private IJSObjectReference? keyboard;
    private DotNetObjectReference<FlowDesigner>? self;
    private IDisposable? leaveGuard;
    private bool lastDirty;
    private Guid loadedFlowId;

    [Parameter] public Guid FlowId { get; set; }

    [Inject] private FlowStore Store { get; set; } = default!;
    [Inject] private PaletteCatalog Palette { get; set; } = default!;
    [Inject] private DiagramMapper Mapper { get; set; } = default!;
    [Inject] private FlowClipboard Clipboard { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private int ErrorCount => session?.Issues.Count(i => i.Severity == ValidationSeverity.Error) ?? 0;

    /// <summary>
    /// Going from one flow's designer to another's (a saved copy, a sub-flow) keeps this page instance: the new
    /// flow must replace the old one, or its name, canvas and saves would still be the previous flow's.
    /// </summary>
    protected override async Task OnParametersSetAsync()
    {
        if (loadedFlowId == Guid.Empty || FlowId == loadedFlowId)
        {
            return;
        }

        (session, diagram, revisions, loadError, selectedNodeId, lastPayload) = (null, null, [], null, null, null);
        (canvasReady, sideTab, saveComment) = (false, 0, null);
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // The canvas measures itself through Blazor.Diagrams' script, which App.razor does not load for other pages.
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./designer/designer.js");
            await module.InvokeVoidAsync("ensureDiagramScript", "_content/Z.Blazor.Diagrams/script.min.js");
            self = DotNetObjectReference.Create(this);
            keyboard = await module.InvokeAsync<IJSObjectReference>("register", self);
            leaveGuard = Navigation.RegisterLocationChangingHandler(OnLocationChangingAsync);
            await LoadAsync();
            StateHasChanged();
            return;
        }

        if (session is not null && keyboard is not null && session.IsDirty != lastDirty)
        {
            lastDirty = session.IsDirty;
            await keyboard.InvokeVoidAsync("setDirty", lastDirty);
        }

        if (containerStale)
        {
            // The palette drawer changed the canvas width: drops and fits must use the new bounds.
            containerStale = false;
            await RefreshContainerAsync();
        }

        if (diagram is not null && !canvasReady && diagram.Container is not null)
        {
            canvasReady = true;
            if (session!.Flow.Nodes.Length > 0)
            {
                OpenView();
            }

            StateHasChanged();
        }
    }

    /// <summary>Fits the flow; a flow too big to read when fitted opens at a readable zoom on its top-left corner.</summary>
    private void OpenView()
    {
        diagram!.ZoomToFit(40);
        if (diagram.Zoom > 1)
        {
            diagram.SetZoom(1);
        }
        else if (diagram.Zoom < 0.5)
        {
            var left = diagram.Nodes.Min(n => n.Position.X);
            var top = diagram.Nodes.Min(n => n.Position.Y);
            diagram.SetZoom(0.5);
            diagram.SetPan(24 - (left * 0.5), 24 - (top * 0.5));
        }
    }

    private async Task LoadAsync()
    {
        loadedFlowId = FlowId;
        var details = await Store.GetAsync(FlowId);
        if (details is null)
        {
            loadError = $"No flow with id {FlowId}. It may have been deleted; go back to the flows list.";
            return;
        }

        var user = (await AuthenticationState).User;
        var canEdit = (await Authorization.AuthorizeAsync(user, Policies.Design)).Succeeded;
        session = new DesignerSession(FlowId, details.Latest, details.Flow.Revision, canEdit);
        foreach (var (node, sample) in await Store.GetPinnedSamplesAsync(FlowId))
        {
            session.Pinned[node] = sample;
        }

        revisions = await Store.ListRevisionsAsync(FlowId);
        diagram = CreateDiagram();
        Apply(session.Flow);
    }

    private BlazorDiagram CreateDiagram()
    {
        var options = new BlazorDiagramOptions
        {
            AllowMultiSelection = true,
            GridSize = (int)GridSize,
            Zoom = { Minimum = 0.1, Maximum = 2.5 },
            Links =
            {
                EnableSnapping = true,
                SnappingRadius = 24,
                RequireTarget = true,
                Factory = (_, source, target) => source is FlowPortModel { IsInput: false } port && !session!.IsReadOnly
                    ? DiagramMapper.Styled(new LinkModel(new SinglePortAnchor(port), target), port)
                    : null!,
            },
            Constraints =
            {
                ShouldDeleteNode = _ => ValueTask.FromResult(!session!.IsReadOnly),
                ShouldDeleteLink = _ => ValueTask.FromResult(!session!.IsReadOnly),
            },
        };
        var created = new BlazorDiagram(options);
        created.UnregisterBehavior<KeyboardShortcutsBehavior>();
        created.RegisterComponent<FlowNodeModel, Components.Designer.FlowNodeWidget>();
        created.Nodes.Added += OnNodeAdded;
        created.Nodes.Removed += _ => ScheduleCommit();
        created.Links.Added += OnLinkAdded;
        created.Links.Removed += link => { if (DiagramMapper.ConnectionOf(link) is not null) ScheduleCommit(); };
        created.SelectionChanged += OnSelectionChanged;
        created.ZoomChanged += () => InvokeAsync(StateHasChanged);
        created.ContainerChanged += () => InvokeAsync(StateHasChanged);
        return created;
    }

    private void OnNodeAdded(NodeModel node)
    {
        node.Moved += _ => ScheduleCommit();
        node.Locked = session!.IsReadOnly;
        foreach (var port in node.Ports)
        {
            port.Locked = session.IsReadOnly;
        }
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        link.Locked = session!.IsReadOnly;
        link.TargetAttached += _ => ScheduleCommit();
    }

    private void OnSelectionChanged(SelectableModel model)
    {
        var selected = diagram!.Nodes.Where(n => n.Selected).Take(2).ToList();
        var id = selected.Count == 1 ? selected[0].Id : null;
        if (id != selectedNodeId)
        {
            selectedNodeId = id;
            if (id is not null)
            {
                sideTab = 0;
            }

            _ = InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>Canvas gestures (move, link, delete) come as several library events; they are folded into one edit.</summary>
    private void ScheduleCommit()
    {
        if (applying || commitPending || session is null || session.IsReadOnly)
        {
            return;
        }

        commitPending = true;
        _ = InvokeAsync(async () =>
        {
            await Task.Yield();
            commitPending = false;
            if (session.Edit(DiagramMapper.ToFlow(diagram!, session.Flow.Metadata)))
            {
                Validate();
            }

            StateHasChanged();
        });
    }

    /// <summary>Shows <paramref name="flow"/> on the canvas without recording an edit.</summary>
    private void Apply(FlowDefinition flow)
    {
        applying = true;
        try
        {
            Mapper.Sync(diagram!, flow);
        }
        finally
        {
            applying = false;
        }

        Validate();
        ShowRunResults();
    }

    private void Validate()
    {
        if (session is null || diagram is null)
        {
            return;
        }

        var issues = session.ViewingRevision is null ? Store.Validate(session.Flow) : [];
        session.SetIssues(issues);
        var byNode = issues.Where(i => i.NodeId is not null).ToLookup(i => i.NodeId!);
        foreach (var node in diagram.Nodes.OfType<FlowNodeModel>())
        {
            var mine = byNode[node.Id].ToList();
            if (mine.Count != node.Issues.Count || !mine.SequenceEqual(node.Issues))
            {
                node.Issues = mine;
                node.Refresh();
            }
        }
    }

    private void ShowRunResults()
    {
        foreach (var node in diagram!.Nodes.OfType<FlowNodeModel>())
        {
            var result = session!.ViewingRevision is null ? session.LastRun?.Nodes.GetValueOrDefault(node.Id) : null;
            if (!ReferenceEquals(result, node.RunResult))
            {
                node.RunResult = result;
                node.Refresh();
            }
        }
    }

    private async Task DropAsync(DragEventArgs e)
    {
        if (dragged is not { } item || session is null || session.IsReadOnly)
        {
            return;
        }

        dragged = null;
        var point = diagram!.GetRelativeMousePoint(e.ClientX, e.ClientY);
        await AddNodeAsync(item, new FlowPosition(Snap(point.X - (NodeLayout.Width / 2)), Snap(point.Y - (NodeLayout.HeaderHeight / 2))));
    }

    private async Task AddAtCentreAsync(PaletteItem item)
    {
        var container = diagram!.Container;
        var centre = container is null
            ? new Blazor.Diagrams.Core.Geometry.Point(100, 100)
            : diagram.GetRelativeMousePoint(container.Left + (container.Width / 2), container.Top + (container.Height / 2));
        await AddNodeAsync(item, new FlowPosition(Snap(centre.X - (NodeLayout.Width / 2)), Snap(centre.Y)));
    }

    private Task AddNodeAsync(PaletteItem item, FlowPosition at)
    {
        var id = session!.AddNode(item, at);
        Apply(session.Flow);
        SelectOnly([id]);
        return Task.CompletedTask;
    }

    private void SelectOnly(IReadOnlyCollection<string> ids)
    {
        diagram!.UnselectAll();
        foreach (var node in diagram.Nodes.Where(n => ids.Contains(n.Id)))
        {
            diagram.SelectModel(node, unselectOthers: false);
        }
    }

    private static double Snap(double value) => Math.Round(value / GridSize) * GridSize;

    private async Task NodeChangedAsync(FlowNode node)
    {
        if (session is null || session.IsReadOnly)
        {
            return;
        }

        if (session.ReplaceNode(node))
        {
            Apply(session.Flow);
        }

        await Task.CompletedTask;
    }

    private async ValueTask OnLocationChangingAsync(LocationChangingContext context)
    {
        if (session is { IsDirty: true, IsReadOnly: false })
        {
            var leave = await Dialogs.ShowMessageBoxAsync(
                "Unsaved changes",
                $"'{session.Flow.Metadata.Name}' has changes that are not saved. Leave and lose them?",
                yesText: "Leave without saving", cancelText: "Stay");
            if (leave != true)
            {
                context.PreventNavigation();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        leaveGuard?.Dispose();
        try
        {
            if (keyboard is not null)
            {
                await keyboard.InvokeVoidAsync("dispose");
                await keyboard.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with the browser tab; there is nothing left to clean up there.
        }

        self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
