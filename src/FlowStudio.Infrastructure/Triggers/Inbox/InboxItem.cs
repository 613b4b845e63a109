namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>
/// One event to record: its key (unique per flow and node), the bytes to keep, and the run input. A null
/// <see cref="TriggerJson"/> records the event without starting a run (<see cref="IgnoredBecause"/> says why).
/// </summary>
internal sealed record InboxItem(string EventKey, string? EventType, ReadOnlyMemory<byte> Body, string? TriggerJson, string? Correlation)
{
    public string? IgnoredBecause { get; init; }
}
