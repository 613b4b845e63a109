namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>A settable clock, so "overdue by date" and token expiry can be tested without waiting.</summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2025, 6, 15, 10, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = Start;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
