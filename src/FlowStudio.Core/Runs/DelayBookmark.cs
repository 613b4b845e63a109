namespace FlowStudio.Core.Runs;

public sealed record DelayBookmark : Bookmark
{
    public override BookmarkKind Kind => BookmarkKind.Delay;
}
