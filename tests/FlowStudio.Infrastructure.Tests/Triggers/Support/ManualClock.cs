namespace FlowStudio.Infrastructure.Tests.Triggers.Support;

/// <summary>A clock the test moves by hand (FakeTimeProvider is not among the packages).</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
