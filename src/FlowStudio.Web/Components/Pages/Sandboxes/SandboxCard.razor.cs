using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Stripe;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Sandboxes;

/// <summary>
/// One sandbox: reset, faults, and a simulated webhook whose HTTP answer is shown. The hook URL is typed or picked
/// from the published webhook triggers verified the way this sandbox signs; Stripe can also redeliver its last event
/// (same id, fresh signature) to show a duplicate being ignored.
/// </summary>
public partial class SandboxCard
{
    private bool busy;
    private int failNext;
    private int errorStatus = 500;
    private int throttleNext;
    private int latencyMs;
    private string? eventKey;
    private string? hookUrl;
    private decimal? amount;
    private string? problem;
    private WebhookDeliveryResult? delivery;
    private IReadOnlyList<PublishedHook> hooks = [];
    private string? pickedHook;

    [Parameter, EditorRequired]
    public required ISandboxConsole Console { get; set; }

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    // Optional: the sandboxes stand alone (and in their own tests) without the trigger back end.
    [Inject] private IServiceProvider Services { get; set; } = default!;

    /// <summary>The webhook scheme this sandbox signs with, when a webhook trigger can verify it by name.</summary>
    private WebhookScheme? Scheme => Console.System switch
    {
        "stripe" => WebhookScheme.Stripe,
        "shopify" => WebhookScheme.Shopify,
        "hubspot" => WebhookScheme.HubSpot,
        _ => null,
    };

    /// <summary>Sandboxes whose simulated record takes an amount (in major units, e.g. 310.25); the others ignore it.</summary>
    private bool TakesAmount => Console.System is "stripe" or "hubspot" or "ramp";

    private StripeSandboxConsole? Stripe => Console as StripeSandboxConsole;

    private bool IsDuplicate => delivery is { Status: 200 } && Answer?.StartsWith("Duplicate", StringComparison.Ordinal) == true;

    /// <summary>The hook's own message (<c>{"message":…}</c>) when it sent one, else nothing.</summary>
    private string? Answer => delivery is null ? null : HookAnswerText.From(delivery.Body);

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

    protected override async Task OnInitializedAsync() => await LoadHooksAsync();

    private async Task LoadHooksAsync()
    {
        if (Scheme is { } scheme && Services.GetService<TriggerQueries>() is { } triggers)
        {
            hooks = await triggers.PublishedHooksAsync(scheme);
        }
    }

    private string HookUrlOf(PublishedHook hook)
    {
        var publicBase = Services.GetService<TriggersOptions>()?.PublicBaseUrl;
        return hook.Url(publicBase ?? new Uri(Navigation.BaseUri)).ToString();
    }

    private void PickHook(string? url)
    {
        pickedHook = url;
        if (url is not null)
        {
            hookUrl = url;
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
            var outcome = await Console.SimulateAsync(eventKey ?? string.Empty, new SimulateRequest(hookUrl, TakesAmount ? amount : null), CancellationToken.None);
            (delivery, problem) = (outcome.Delivery, outcome.Problem);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RedeliverAsync()
    {
        if (Stripe is not { } stripe)
        {
            return;
        }

        busy = true;
        problem = null;
        delivery = null;
        try
        {
            var outcome = await stripe.RedeliverLastAsync(CancellationToken.None);
            (delivery, problem) = (outcome.Delivery, outcome.Problem);
        }
        finally
        {
            busy = false;
        }
    }
}
