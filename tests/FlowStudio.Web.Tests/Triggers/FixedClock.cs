namespace FlowStudio.Web.Tests.Triggers;

/// <summary>A clock stopped at one instant, so fire times are known in advance.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
