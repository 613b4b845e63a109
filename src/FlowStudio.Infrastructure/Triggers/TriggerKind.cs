namespace FlowStudio.Infrastructure.Triggers;

/// <summary>What starts runs of a flow by itself: a signed HTTP delivery, a cron schedule, or a poll of a connector.</summary>
public enum TriggerKind
{
    Webhook,
    Schedule,
    Poll,
}
