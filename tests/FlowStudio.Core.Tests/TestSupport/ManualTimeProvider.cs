namespace FlowStudio.Core.Tests.TestSupport;

/// <summary>A clock that stands still for GetUtcNow and advances a fixed amount on every timestamp read.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now, TimeSpan advancePerTimestamp = default) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => now;

    public override long GetTimestamp() => Interlocked.Add(ref _ticks, advancePerTimestamp.Ticks);
}
