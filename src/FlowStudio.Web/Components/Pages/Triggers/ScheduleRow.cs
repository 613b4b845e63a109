using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Schedules;

namespace FlowStudio.Web.Components.Pages.Triggers;

/// <summary>A schedule trigger with its parsed cron and the next five fire times in its zone.</summary>
public sealed record ScheduleRow(TriggerSummary Trigger, ScheduleSpec? Spec, string? Problem, IReadOnlyList<DateTimeOffset> NextFires)
{
    public static ScheduleRow From(TriggerSummary trigger, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var config = NodeConfig.Parse(trigger.ConfigJson);
        if (!ScheduleSpec.TryParse(NodeConfig.GetString(config, "cron"), NodeConfig.GetString(config, "timeZone"), NodeConfig.GetString(config, "misfire"), out var spec, out var error))
        {
            return new ScheduleRow(trigger, null, error, []);
        }

        var fires = trigger is { Active: true, Paused: false } ? spec.NextFireTimes(now).Select(spec.ToLocal).ToList() : [];
        return new ScheduleRow(trigger, spec, null, fires);
    }
}
