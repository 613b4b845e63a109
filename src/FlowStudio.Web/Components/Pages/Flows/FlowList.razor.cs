using FlowStudio.Core.Flows;
using FlowStudio.Core.Security;
using FlowStudio.Core.Validation;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Flows;

public partial class FlowList
{
    private IReadOnlyList<FlowListItem> items = [];
    private bool showArchived;
    private bool loading = true;
    private bool canDesign;
    private string? search;

    [Inject] private FlowStore Store { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private RunLauncher Launcher { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        canDesign = (await Authorization.AuthorizeAsync((await AuthenticationState).User, Policies.Design)).Succeeded;
        await ReloadAsync();
    }

    private bool Matches(FlowListItem item) =>
        string.IsNullOrWhiteSpace(search)
        || item.Flow.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || item.Flow.Tags.Any(t => t.Contains(search, StringComparison.OrdinalIgnoreCase))
        || (item.Owner?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);

    private async Task ReloadAsync()
    {
        loading = true;
        items = await Store.ListItemsAsync(includeArchived: showArchived);
        loading = false;
    }

    private async Task ShowArchivedAsync(bool value)
    {
        showArchived = value;
        await ReloadAsync();
    }

    private async Task NewFlowAsync()
    {
        var name = await Dialogs.ShowAsync<NewFlowDialog>("New flow", new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await name.Result is not { Canceled: false, Data: string flowName })
        {
            return;
        }

        var result = await Store.CreateAsync(new FlowDefinition { Metadata = new FlowMetadata { Name = flowName } }, await CurrentActor.GetAsync());
        if (result.Status == FlowCommandStatus.Succeeded)
        {
            Navigation.NavigateTo($"/flows/{result.Flow!.Id}/design");
        }
        else
        {
            Snackbar.Add(result.Message ?? "The flow could not be created.", Severity.Error);
        }
    }

    private async Task DuplicateAsync(FlowSummary flow)
    {
        var result = await Store.DuplicateAsync(flow.Id, await CurrentActor.GetAsync());
        Snackbar.Add(result.Status == FlowCommandStatus.Succeeded ? $"Created '{result.Flow!.Name}'." : result.Message ?? "Could not duplicate.",
            result.Status == FlowCommandStatus.Succeeded ? Severity.Success : Severity.Error);
        await ReloadAsync();
    }

    private async Task ArchiveAsync(FlowListItem item)
    {
        var result = await Store.SetArchivedAsync(item.Flow.Id, !item.Archived, await CurrentActor.GetAsync());
        Snackbar.Add(result.Status == FlowCommandStatus.Succeeded
            ? item.Archived ? $"'{item.Flow.Name}' is back in the list (its triggers run again if it is published)." : $"Archived '{item.Flow.Name}': its triggers are stopped. Show archived flows to find it again."
            : result.Message ?? "Could not archive.", result.Status == FlowCommandStatus.Succeeded ? Severity.Success : Severity.Error);
        await ReloadAsync();
    }

    private async Task ImportAsync()
    {
        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<ImportFlowDialog>
        {
            { d => d.OnImport, definition => Store.CreateAsync(definition, actor) },
        };
        var dialog = await Dialogs.ShowAsync<ImportFlowDialog>("Import flow", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: FlowCommandResult result })
        {
            var warnings = result.Issues.Count(i => i.Severity == ValidationSeverity.Error);
            Snackbar.Add(warnings == 0
                ? $"Imported '{result.Flow!.Name}' as draft v1."
                : $"Imported '{result.Flow!.Name}' as draft v1 with {warnings} problem(s) to fix before publishing.",
                warnings == 0 ? Severity.Success : Severity.Warning);
            await ReloadAsync();
        }
    }

    private async Task StartRunAsync(FlowSummary flow)
    {
        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<StartRunDialog>
        {
            { d => d.OnStart, (payload, correlation) => Launcher.StartAsync(flow.Id, payload, actor, correlation) },
        };
        var dialog = await Dialogs.ShowAsync<StartRunDialog>($"Start a run of '{flow.Name}' v{flow.PublishedVersion}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: Guid runId })
        {
            Navigation.NavigateTo($"/runs/{runId}");
        }
    }

    private async Task UnpublishAsync(FlowSummary flow)
    {
        var result = await Store.UnpublishAsync(flow.Id, flow.Revision, await CurrentActor.GetAsync());
        Snackbar.Add(result.Status == FlowCommandStatus.Succeeded
            ? $"'{flow.Name}' is off: its triggers are stopped. Publish it again to turn it back on."
            : result.Message ?? "The flow could not be unpublished.", result.Status == FlowCommandStatus.Succeeded ? Severity.Success : Severity.Error);
        await ReloadAsync();
    }

    private async Task PublishAsync(FlowSummary flow)
    {
        var result = await Store.PublishAsync(flow.Id, flow.Revision, await CurrentActor.GetAsync());
        switch (result.Status)
        {
            case FlowCommandStatus.Succeeded:
                Snackbar.Add($"Published v{result.Flow!.PublishedVersion} of '{flow.Name}'.", Severity.Success);
                break;
            case FlowCommandStatus.Invalid:
                await Dialogs.ShowAsync<ValidationIssuesDialog>($"'{flow.Name}' cannot be published yet",
                    new DialogParameters<ValidationIssuesDialog> { { d => d.Issues, result.Issues } },
                    new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
                break;
            default:
                Snackbar.Add(result.Message ?? "The flow could not be published.", Severity.Error);
                break;
        }

        await ReloadAsync();
    }
}
