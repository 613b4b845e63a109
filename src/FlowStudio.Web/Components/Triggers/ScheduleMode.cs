namespace FlowStudio.Web.Components.Triggers;

/// <summary>The shapes of schedule the friendly builder offers; anything else is a custom cron.</summary>
public enum ScheduleMode
{
    EveryMinutes,
    Hourly,
    Daily,
    Weekdays,
    Weekly,
    Monthly,
    Custom,
}
