using System.Text.Json;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace FlowStudio.Web.Components.Triggers;

/// <summary>
/// A webhook trigger's address (<c>/hooks/{key}</c> under <c>Triggers:PublicBaseUrl</c>, else this site's own address)
/// with a copy button, how deliveries are verified, and a warning when they are not. Give <see cref="HookKey"/>
/// when known; otherwise the key of <see cref="FlowId"/>/<see cref="NodeId"/> is looked up (none until published).
/// </summary>
public partial class HookUrlField
{
    private WebhookSettings settings = WebhookSettings.From(FlowStudio.Core.Flows.NodeConfig.Empty);
    private string? lookedUpKey;
    private (Guid, string)? lookedUpFor;
    private bool lookingUp;

    [Inject] private TriggerQueries Triggers { get; set; } = default!;
    [Inject] private TriggersOptions Options { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The webhook node's configuration (its signature scheme and secret connection).</summary>
    [Parameter, EditorRequired]
    public required JsonElement Config { get; set; }

    [Parameter]
    public string? HookKey { get; set; }

    [Parameter]
    public Guid? FlowId { get; set; }

    [Parameter]
    public string? NodeId { get; set; }

    /// <summary>One line for tables: the URL and a copy button (the scheme is shown by the caller).</summary>
    [Parameter]
    public bool Compact { get; set; }

    private string? Key => HookKey ?? lookedUpKey;

    private string? Url => Key is { } key ? HookUrls.For(Options.PublicBaseUrl ?? new Uri(Navigation.BaseUri), key) : null;

    protected override async Task OnParametersSetAsync()
    {
        settings = WebhookSettings.From(Config);
        if (HookKey is not null || FlowId is not { } flowId || string.IsNullOrEmpty(NodeId) || lookedUpFor == (flowId, NodeId))
        {
            return;
        }

        lookingUp = true;
        lookedUpKey = await Triggers.HookKeyAsync(flowId, NodeId);
        lookedUpFor = (flowId, NodeId);
        lookingUp = false;
    }

    private async Task CopyAsync()
    {
        if (Url is not { } url)
        {
            return;
        }

        try
        {
            await Js.InvokeVoidAsync("navigator.clipboard.writeText", url);
            Snackbar.Add("Hook URL copied.", Severity.Success);
        }
        catch (JSException)
        {
            // Browsers refuse the clipboard outside HTTPS or without focus; the URL is still there to select.
            Snackbar.Add("The browser did not allow copying; select the URL and copy it.", Severity.Warning);
        }
    }
}
