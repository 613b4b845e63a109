using FlowStudio.Infrastructure.Triggers.Inbox;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>The answer to a delivery: the HTTP status, a short message safe to send back, and what the inbox recorded.</summary>
public sealed record WebhookOutcome(int StatusCode, string Message, IReadOnlyList<InboxResult> Results)
{
    public static WebhookOutcome NotFound { get; } = new(404, "No active hook has this address.", []);

    /// <summary>The hook existed but its flow is turned off (archived or unpublished) or the trigger was removed; nothing was recorded.</summary>
    public static WebhookOutcome Gone { get; } = new(410, "This hook is turned off: its flow is archived or unpublished, so nothing was received or started.", []);
}
