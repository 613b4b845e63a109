using System.Globalization;
using FlowStudio.Core.Connections;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Polling;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Triggers;

public partial class TriggersPage
{
    private static readonly string[] Tabs = ["webhooks", "schedules", "polls"];

    private IReadOnlyList<WebhookRow> webhooks = [];
    private IReadOnlyList<ScheduleRow> schedules = [];
    private IReadOnlyList<PollRow> polls = [];
    private bool loading = true;
    private bool canDesign;
    private bool canAdminister;
    private int tab;
    private TriggerSummary? polling;
    private readonly Dictionary<(Guid FlowId, string NodeId), PollOutcome> polledNow = [];

    [Inject] private TriggerQueries Triggers { get; set; } = default!;
    [Inject] private TriggerCommands Commands { get; set; } = default!;
    [Inject] private InboxQueries Inbox { get; set; } = default!;
    [Inject] private IConnectionDirectory Connections { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private CurrentActor Actor { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>Which tab opens: webhooks, schedules or polls.</summary>
    [SupplyParameterFromQuery(Name = "tab")]
    private string? TabFromQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        tab = Math.Max(0, Array.IndexOf(Tabs, TabFromQuery?.ToLowerInvariant()));
        if (AuthenticationState is not null)
        {
            var user = (await AuthenticationState).User;
            canDesign = (await Authorization.AuthorizeAsync(user, Policies.Design)).Succeeded;
            canAdminister = (await Authorization.AuthorizeAsync(user, Policies.Administer)).Succeeded;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var all = await Triggers.ListAsync();
        var stats = await Inbox.TriggerStatsAsync(TriggerKind.Webhook);
        var now = Clock.GetUtcNow();
        webhooks = [.. all.Where(t => t.Kind == TriggerKind.Webhook).Select(t => WebhookRow.From(t, stats))];
        schedules = [.. all.Where(t => t.Kind == TriggerKind.Schedule).Select(t => ScheduleRow.From(t, now))];
        var pollTriggers = all.Where(t => t.Kind == TriggerKind.Poll).ToList();
        var connectionNames = pollTriggers.Count == 0
            ? []
            : (await Connections.ListAsync(null, CancellationToken.None)).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        polls = [.. pollTriggers.Select(PollRow.From).Select(row => row with
        {
            PolledNow = polledNow.GetValueOrDefault((row.Trigger.FlowId, row.Trigger.NodeId)),
            ConnectionName = row.Settings is { } settings ? connectionNames.GetValueOrDefault(settings.Connection) : null,
        })];
        loading = false;
    }

    private async Task SetPausedAsync((TriggerSummary Trigger, bool Paused) change)
    {
        var (trigger, paused) = change;
        var done = await Commands.SetPausedAsync(trigger.FlowId, trigger.NodeId, paused, await Actor.GetAsync());
        Snackbar.Add(
            done ? $"{(paused ? "Paused" : "Resumed")} '{trigger.NodeId}' of '{trigger.FlowName}'."
                 : $"'{trigger.NodeId}' of '{trigger.FlowName}' is no longer active; nothing was changed.",
            done ? Severity.Success : Severity.Warning);
        await LoadAsync();
    }

    private async Task PollNowAsync(TriggerSummary trigger)
    {
        polling = trigger;
        try
        {
            var outcome = await Commands.PollNowAsync(trigger.FlowId, trigger.NodeId, await Actor.GetAsync());
            if (outcome is null)
            {
                polledNow.Remove((trigger.FlowId, trigger.NodeId));
                Snackbar.Add($"'{trigger.NodeId}' of '{trigger.FlowName}' is no longer an active poll; nothing was polled.", Severity.Warning);
            }
            else
            {
                polledNow[(trigger.FlowId, trigger.NodeId)] = outcome;
                Snackbar.Add($"Polled '{trigger.NodeId}' of '{trigger.FlowName}': {PollRow.Describe(outcome)}.", outcome.Error is null ? Severity.Success : Severity.Error);
            }
        }
        finally
        {
            polling = null;
        }

        await LoadAsync();
    }

    private async Task BackfillAsync(TriggerSummary trigger)
    {
        var suggested = DateTimeOffset.TryParse(trigger.Watermark, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var watermark)
            ? watermark.UtcDateTime.Date
            : (DateTime?)null;
        var dialog = await Dialogs.ShowAsync<BackfillDialog>(
            $"Backfill '{trigger.NodeId}' of '{trigger.FlowName}'",
            new DialogParameters<BackfillDialog> { { d => d.Suggested, suggested } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true });
        if (await dialog.Result is not { Canceled: false, Data: DateTimeOffset from })
        {
            return;
        }

        var done = await Commands.BackfillAsync(trigger.FlowId, trigger.NodeId, from, await Actor.GetAsync());
        Snackbar.Add(
            done ? $"Backfilling '{trigger.NodeId}' from {from:yyyy-MM-dd}; records changed since then start runs."
                 : $"'{trigger.NodeId}' is not a poll trigger any more; nothing was changed.",
            done ? Severity.Success : Severity.Warning);
        await LoadAsync();
    }
}
