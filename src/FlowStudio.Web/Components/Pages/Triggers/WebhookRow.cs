using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Webhooks;

namespace FlowStudio.Web.Components.Pages.Triggers;

/// <summary>A webhook trigger with its verification settings and what its hook has received.</summary>
public sealed record WebhookRow(TriggerSummary Trigger, WebhookSettings Settings, InboxTriggerStats? Stats)
{
    public static WebhookRow From(TriggerSummary trigger, IReadOnlyList<InboxTriggerStats> stats)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(stats);
        return new WebhookRow(
            trigger, WebhookSettings.From(NodeConfig.Parse(trigger.ConfigJson)),
            stats.FirstOrDefault(s => s.FlowId == trigger.FlowId && s.NodeId == trigger.NodeId));
    }
}
