using System.Security.Claims;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Runs.Approvals;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Approvals;

public sealed partial class ApprovalList
{
    private IReadOnlyList<ApprovalItem>? items;
    private IReadOnlyCollection<string> roles = [];

    [Inject] private ApprovalInbox Inbox { get; set; } = default!;

    [Inject] private RunChanges Changes { get; set; } = default!;

    [Inject] private CurrentActor Actor { get; set; } = default!;

    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        roles = [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)];
        await LoadAsync();
        Changes.Changed += OnRunChanged;
    }

    private async Task LoadAsync() => items = await Inbox.ListAsync(roles);

    private void OnRunChanged(object? sender, RunChangedEventArgs e)
    {
        if (e.Status is not null)
        {
            _ = InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
    }

    private async Task DecideAsync(ApprovalItem item, bool approve)
    {
        var parameters = new DialogParameters<DecisionDialog>
        {
            { d => d.Approve, approve },
            { d => d.Item, item },
        };
        var dialog = await Dialogs.ShowAsync<DecisionDialog>(approve ? "Approve" : "Reject", parameters);
        if (await dialog.Result is not { Canceled: false, Data: string comment })
        {
            return;
        }

        var result = await Inbox.DecideAsync(item.BookmarkId, approve, await Actor.GetAsync(), roles, comment);
        if (result.Succeeded)
        {
            Snackbar.Add(approve ? $"Approved — '{item.FlowName}' continues." : $"Rejected — '{item.FlowName}' takes its rejected path.", Severity.Success);
        }
        else
        {
            Snackbar.Add(result.Message ?? "The decision was not recorded.", Severity.Warning);
        }

        await LoadAsync();
    }

    public void Dispose() => Changes.Changed -= OnRunChanged;
}
