using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Sandboxes;

/// <summary>One sandbox: reset, faults, and a simulated webhook whose HTTP answer is shown.</summary>
public partial class SandboxCard
{
    private bool busy;
    private int failNext;
    private int errorStatus = 500;
    private int throttleNext;
    private int latencyMs;
    private string? eventKey;
    private string? hookUrl;
    private string? problem;
    private WebhookDeliveryResult? delivery;

    [Parameter, EditorRequired]
    public required ISandboxConsole Console { get; set; }

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private string FaultSummary
    {
        get
        {
            var now = Console.Faults.Settings;
            return now is { FailNextRequests: 0, ThrottleNextRequests: 0, LatencyMs: 0 }
                ? "No faults."
                : $"Now: {now.FailNextRequests} × {now.ErrorStatusCode}, {now.ThrottleNextRequests} × 429, {now.LatencyMs} ms latency.";
        }
    }

    protected override void OnParametersSet()
    {
        eventKey ??= Console.Events.Count > 0 ? Console.Events[0].Key : null;
        var now = Console.Faults.Settings;
        (failNext, errorStatus, throttleNext, latencyMs) = (now.FailNextRequests, now.ErrorStatusCode, now.ThrottleNextRequests, now.LatencyMs);
    }

    private async Task ResetAsync()
    {
        busy = true;
        try
        {
            await Console.ResetAsync(CancellationToken.None);
            Snackbar.Add($"{Console.DisplayName} sandbox reset to its demo data.", Severity.Success);
        }
        finally
        {
            busy = false;
        }
    }

    private void ApplyFaults()
    {
        var settings = Console.Faults.Settings with
        {
            FailNextRequests = failNext,
            ErrorStatusCode = errorStatus,
            ThrottleNextRequests = throttleNext,
            LatencyMs = latencyMs,
        };
        if (settings.Problem() is { } invalid)
        {
            Snackbar.Add(invalid, Severity.Error);
            return;
        }

        Console.Faults.Set(settings);
        Snackbar.Add($"{Console.DisplayName} faults applied.", Severity.Info);
    }

    private async Task SimulateAsync()
    {
        busy = true;
        problem = null;
        delivery = null;
        try
        {
            var outcome = await Console.SimulateAsync(eventKey ?? string.Empty, new SimulateRequest(hookUrl), CancellationToken.None);
            (delivery, problem) = (outcome.Delivery, outcome.Problem);
        }
        finally
        {
            busy = false;
        }
    }
}
