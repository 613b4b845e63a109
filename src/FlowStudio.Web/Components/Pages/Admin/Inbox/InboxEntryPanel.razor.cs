using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Admin.Inbox;

/// <summary>One inbox entry in the drawer: what it was, its headers (secret-looking ones masked), its body, and redelivery.</summary>
public partial class InboxEntryPanel
{
    private InboxEntryDetails? details;
    private IReadOnlyList<KeyValuePair<string, string>> headers = [];
    private string body = "";
    private bool loaded;
    private bool busy;
    private Guid? shown;

    [Inject] private InboxQueries Inbox { get; set; } = default!;
    [Inject] private InboxRedelivery Redelivery { get; set; } = default!;
    [Inject] private CurrentActor Actor { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public required Guid EntryId { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    [Parameter]
    public EventCallback OnRedelivered { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (shown != EntryId)
        {
            shown = EntryId;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        details = await Inbox.GetAsync(EntryId);
        headers = InboxHeaders.Parse(details?.HeadersJson);
        body = details is null ? "" : InboxBody.Format(details.Body);
        loaded = true;
    }

    private async Task RedeliverAsync()
    {
        if (details is null)
        {
            return;
        }

        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Redeliver this event?",
            $"'{details.Entry.FlowName}' starts a new run of its published version with this event ({details.Entry.EventKey}), "
            + "even if it was handled before. The redelivery is recorded in the audit log.",
            yesText: "Redeliver", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        busy = true;
        var result = await Redelivery.RedeliverAsync(EntryId, await Actor.GetAsync());
        busy = false;
        if (result.Succeeded)
        {
            Snackbar.Add($"Redelivered: run {result.RunId} started.", Severity.Success);
            await LoadAsync();
            await OnRedelivered.InvokeAsync();
        }
        else
        {
            Snackbar.Add(result.Message ?? "The event could not be redelivered.", Severity.Error);
        }
    }
}
