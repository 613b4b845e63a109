using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Runs;

public partial class RunList
{
    private const int PageSize = 25;
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource stop = new();
    private IReadOnlyList<FlowSummary> flows = [];
    private RunPage results = new([], 0);
    private Guid? flowId;
    private List<RunStatus> statuses = [];
    private DateTime? from;
    private DateTime? to;
    private string? text;
    private int skip;

    [Inject] private RunQueries Runs { get; set; } = default!;
    [Inject] private FlowStore Flows { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "flow")]
    private Guid? FlowFromQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        flowId = FlowFromQuery;
        flows = await Flows.ListAsync();
        await LoadAsync();
        _ = RefreshWhileInFlightAsync();
    }

    internal static string Format(TimeSpan? duration) => duration switch
    {
        null => "",
        { TotalSeconds: < 1 } d => $"{d.TotalMilliseconds:0} ms",
        { TotalMinutes: < 1 } d => $"{d.TotalSeconds:0.0} s",
        { } d => $"{(int)d.TotalMinutes} min {d.Seconds} s",
    };

    private async Task LoadAsync()
    {
        results = await Runs.ListAsync(new RunQuery
        {
            FlowId = flowId,
            Statuses = statuses.Count == 0 ? null : statuses,
            From = UtcDays.StartOf(from),
            To = UtcDays.EndOf(to),
            Text = text,
            Skip = skip,
            Take = PageSize,
        }, stop.Token);
    }

    // Live view without a message bus: poll while anything on screen can still change.
    private async Task RefreshWhileInFlightAsync()
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                if (results.Items.Any(r => !r.Status.IsTerminal()) || results.Items.Count == 0)
                {
                    await LoadAsync();
                    await InvokeAsync(StateHasChanged);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    private Task OnFlowChangedAsync(Guid? value) => FilterAsync(() => flowId = value);

    private Task OnStatusesChangedAsync(IEnumerable<RunStatus>? value) => FilterAsync(() => statuses = value?.ToList() ?? []);

    private Task OnFromChangedAsync(DateTime? value) => FilterAsync(() => from = value);

    private Task OnToChangedAsync(DateTime? value) => FilterAsync(() => to = value);

    private Task OnTextChangedAsync(string? value) => FilterAsync(() => text = value);

    private async Task FilterAsync(Action apply)
    {
        apply();
        skip = 0;
        await LoadAsync();
    }

    private async Task PageAsync(int direction)
    {
        skip = Math.Max(0, skip + (direction * PageSize));
        await LoadAsync();
    }

    private void Open(TableRowClickEventArgs<RunSummary> args)
    {
        if (args.Item is { } run)
        {
            Navigation.NavigateTo($"/runs/{run.Id}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
