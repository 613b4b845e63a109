using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Admin.Inbox;

public partial class AdminInbox
{
    private MudTable<InboxEntrySummary>? table;
    private IReadOnlyList<FlowSummary> flows = [];
    private Guid? flowId;
    private InboxStatus? status;
    private DateTime? from;
    private DateTime? to;
    private string? text;
    private Guid? selected;
    private bool drawerOpen;

    [Inject] private InboxQueries Inbox { get; set; } = default!;
    [Inject] private FlowStore Flows { get; set; } = default!;
    [Inject] private TriggersOptions Options { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "flow")]
    private Guid? FlowFromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    private string? StatusFromQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        flowId = FlowFromQuery;
        status = Enum.TryParse<InboxStatus>(StatusFromQuery, ignoreCase: true, out var s) ? s : null;
        flows = await Flows.ListAsync();
    }

    private async Task<TableData<InboxEntrySummary>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Inbox.ListAsync(
            new InboxQuery(status, flowId, text, state.Page, state.PageSize, UtcDays.StartOf(from), UtcDays.EndOf(to)), cancellationToken);
        return new TableData<InboxEntrySummary> { Items = page.Items, TotalItems = page.Total };
    }

    private Task OnFlowChangedAsync(Guid? value) => ReloadWith(() => flowId = value);

    private Task OnStatusChangedAsync(InboxStatus? value) => ReloadWith(() => status = value);

    private Task OnFromChangedAsync(DateTime? value) => ReloadWith(() => from = value);

    private Task OnToChangedAsync(DateTime? value) => ReloadWith(() => to = value);

    private Task OnTextChangedAsync(string? value) => ReloadWith(() => text = value);

    private Task ReloadWith(Action apply)
    {
        apply();
        return ReloadAsync();
    }

    private Task ReloadAsync() => table?.ReloadServerData() ?? Task.CompletedTask;

    private void OpenAsync(TableRowClickEventArgs<InboxEntrySummary> args)
    {
        if (args.Item is { } entry)
        {
            selected = entry.Id;
            drawerOpen = true;
        }
    }

    private static string Days(TimeSpan retention) =>
        retention.TotalDays == 1 ? "1 day" : $"{retention.TotalDays.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} days";
}
