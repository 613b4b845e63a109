namespace FlowStudio.Core.Runs;

/// <summary>Resumed by an incoming event of <see cref="EventType"/> whose correlation key matches.</summary>
public sealed record WaitForEventBookmark(string EventType, string CorrelationKey) : Bookmark
{
    public override BookmarkKind Kind => BookmarkKind.WaitForEvent;
}
