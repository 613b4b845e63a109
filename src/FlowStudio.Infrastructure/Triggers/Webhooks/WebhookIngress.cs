using System.Text.Json;
using FlowStudio.Infrastructure.Triggers.Inbox;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>
/// Receives a delivery for <c>/hooks/{key}</c>: finds the hook, verifies the signature over the raw body,
/// and records every event in the durable inbox (queuing one run per new event) before the sender is
/// answered. A bad signature is recorded as rejected with its reason and answered 401; a duplicate is
/// answered 200 and starts nothing.
/// </summary>
public sealed class WebhookIngress
{
    // Kept with each entry for the inbox view; signatures and the static-secret header never are.
    private static readonly string[] KeptHeaders =
    [
        "Content-Type", "User-Agent", "X-Shopify-Topic", "X-Shopify-Shop-Domain", "X-Shopify-Event-Id", "X-Shopify-Webhook-Id",
        "X-Shopify-Triggered-At", "X-Shopify-API-Version", HubSpotSignature.TimestampHeader,
    ];

    private readonly HookDirectory _hooks;
    private readonly WebhookSecrets _secrets;
    private readonly InboxWriter _inbox;
    private readonly TriggersOptions _options;
    private readonly TimeProvider _clock;

    internal WebhookIngress(HookDirectory hooks, WebhookSecrets secrets, InboxWriter inbox, TriggersOptions options, TimeProvider clock)
    {
        _hooks = hooks;
        _secrets = secrets;
        _inbox = inbox;
        _options = options;
        _clock = clock;
    }

    public int MaxBodyBytes => _options.MaxBodyBytes;

    public async Task<WebhookOutcome> ReceiveAsync(string hookKey, WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await _hooks.FindAsync(hookKey, cancellationToken).ConfigureAwait(false) is not { } hook)
        {
            return await _hooks.IsRetiredAsync(hookKey, cancellationToken).ConfigureAwait(false) ? WebhookOutcome.Gone : WebhookOutcome.NotFound;
        }

        var settings = hook.Settings;
        var secrets = settings.NeedsSecret ? await _secrets.GetAsync(settings.ConnectionId, cancellationToken).ConfigureAwait(false) : new SecretLookup([], null);
        var check = secrets.Problem is { } problem
            ? SignatureCheck.Failed(problem)
            : WebhookVerifier.Verify(settings, request, secrets.Secrets, _clock.GetUtcNow(), _options);
        var headers = KeptHeadersJson(request);
        if (!check.Valid)
        {
            var kept = request.Body.Length > _options.RejectedBodyBytes ? request.Body[.._options.RejectedBodyBytes] : request.Body;
            var rejected = await _inbox.RecordRejectedAsync(
                hook.FlowId, hook.NodeId, TriggerKind.Webhook, WebhookEvents.Hash(request.Body), kept, check.Reason!, request.ContentType, headers).ConfigureAwait(false);
            return new WebhookOutcome(401, "The signature could not be verified.", [rejected]);
        }

        var items = WebhookEvents.Extract(settings, request).Select(e => Item(settings, e)).ToList();
        var results = await _inbox.RecordAsync(new InboxDelivery(hook.FlowId, hook.NodeId, TriggerKind.Webhook, items)
        {
            ContentType = request.ContentType,
            HeadersJson = headers,
            StartedBy = "webhook",
        }).ConfigureAwait(false);
        return results.All(r => r.Status == InboxStatus.Rejected)
            ? new WebhookOutcome(409, "The flow cannot start runs right now (no published version).", results)
            : new WebhookOutcome(200, Answer(results), results);
    }

    /// <summary>
    /// What the sender reads back: whether its event started a run or was a duplicate (so a person resending an
    /// event sees it was ignored), never a reason from the inbox.
    /// </summary>
    internal static string Answer(IReadOnlyList<InboxResult> results)
    {
        if (results.Count == 1)
        {
            return results[0].Status switch
            {
                InboxStatus.Accepted => "Accepted: a run was queued.",
                InboxStatus.Duplicate => "Duplicate: this event was already received; no new run.",
                InboxStatus.Ignored => "Ignored: this trigger does not accept the event's type.",
                _ => "Rejected: no run was started.",
            };
        }

        var counts = results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        return $"Received {results.Count} events: {string.Join(", ", counts)}.";
    }

    /// <summary>Records a body over <see cref="TriggersOptions.MaxBodyBytes"/> for an existing hook (answered 413 either way).</summary>
    public async Task<WebhookOutcome> RejectOversizedAsync(string hookKey, long? length, CancellationToken cancellationToken)
    {
        var message = $"The body is larger than {_options.MaxBodyBytes} bytes.";
        if (await _hooks.FindAsync(hookKey, cancellationToken).ConfigureAwait(false) is not { } hook)
        {
            return WebhookOutcome.NotFound;
        }

        var size = length is { } n ? $"{n} bytes" : "an unknown length";
        var rejected = await _inbox.RecordRejectedAsync(
            hook.FlowId, hook.NodeId, TriggerKind.Webhook, "oversized", ReadOnlyMemory<byte>.Empty,
            $"Body of {size} exceeds Triggers:MaxBodyBytes ({_options.MaxBodyBytes}).", null, null).ConfigureAwait(false);
        return new WebhookOutcome(413, message, [rejected]);
    }

    private static InboxItem Item(WebhookSettings settings, WebhookEvent e)
    {
        if (settings.EventTypes.Count > 0 && (e.Type is null || !settings.EventTypes.Contains(e.Type)))
        {
            return new InboxItem(e.Key, e.Type, e.Body, null, e.Key)
            {
                IgnoredBecause = $"Event type '{e.Type ?? "(none)"}' is not one this trigger accepts ({string.Join(", ", settings.EventTypes)}).",
            };
        }

        return new InboxItem(e.Key, e.Type, e.Body, WebhookEvents.TriggerJson(e.Body), e.Key);
    }

    private static string? KeptHeadersJson(WebhookRequest request)
    {
        var kept = KeptHeaders.Select(h => (Name: h, Value: request.Header(h))).Where(h => h.Value is not null).ToDictionary(h => h.Name, h => h.Value);
        return kept.Count == 0 ? null : JsonSerializer.Serialize(kept);
    }
}
