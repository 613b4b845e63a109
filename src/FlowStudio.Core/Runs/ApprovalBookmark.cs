namespace FlowStudio.Core.Runs;

public sealed record ApprovalBookmark(string ApproverRole, string? Message) : Bookmark
{
    public override BookmarkKind Kind => BookmarkKind.Approval;
}
