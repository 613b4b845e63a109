namespace FlowStudio.Core.Runs;

public sealed record DuplicateReviewBookmark(string ReviewItemId) : Bookmark
{
    public override BookmarkKind Kind => BookmarkKind.DuplicateReview;
}
