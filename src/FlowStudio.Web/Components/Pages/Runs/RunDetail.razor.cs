using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Runs;

public partial class RunDetail
{
    private readonly CancellationTokenSource stop = new();
    private RunDetails? details;
    private bool loaded;

    [Parameter]
    public Guid RunId { get; set; }

    [Inject] private RunQueries Runs { get; set; } = default!;
    [Inject] private RunLauncher Launcher { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        _ = FollowAsync();
    }

    private static string StepIcon(StepStatus status) => status switch
    {
        StepStatus.Succeeded => Icons.Material.Filled.CheckCircle,
        StepStatus.Failed => Icons.Material.Filled.Error,
        StepStatus.Waiting => Icons.Material.Filled.HourglassTop,
        StepStatus.Skipped => Icons.Material.Filled.SkipNext,
        _ => Icons.Material.Filled.PlayCircle,
    };

    private static Color StepColor(StepStatus status) => status switch
    {
        StepStatus.Succeeded => Color.Success,
        StepStatus.Failed => Color.Error,
        StepStatus.Waiting => Color.Warning,
        _ => Color.Info,
    };

    private async Task LoadAsync()
    {
        details = await Runs.GetAsync(RunId, stop.Token);
        loaded = true;
    }

    // Follow the run live until it reaches a final status.
    private async Task FollowAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (details is { } current && !current.Run.Status.IsTerminal() && await timer.WaitForNextTickAsync(stop.Token))
            {
                await LoadAsync();
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    private async Task RetryAsync() => await ActAsync(await Launcher.RetryAsync(RunId, await CurrentActor.GetAsync()), "Retrying from the failed step.");

    private async Task CancelAsync() => await ActAsync(await Launcher.CancelAsync(RunId, await CurrentActor.GetAsync()), "Run cancelled.");

    private async Task RerunAsync()
    {
        var result = await Launcher.RerunAsync(RunId, await CurrentActor.GetAsync());
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/runs/{result.RunId}");
        }
        else
        {
            Snackbar.Add(result.Message ?? "Could not start the run.", Severity.Error);
        }
    }

    private async Task ActAsync(RunCommandResult result, string success)
    {
        Snackbar.Add(result.Succeeded ? success : result.Message ?? "Not possible now.", result.Succeeded ? Severity.Success : Severity.Error);
        await LoadAsync();
        _ = FollowAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
