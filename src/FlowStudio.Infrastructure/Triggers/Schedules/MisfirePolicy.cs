namespace FlowStudio.Infrastructure.Triggers.Schedules;

/// <summary>What a schedule does about a time it missed (server down, paused): run once now, or skip to the next time.</summary>
public enum MisfirePolicy
{
    FireOnce,
    Skip,
}
