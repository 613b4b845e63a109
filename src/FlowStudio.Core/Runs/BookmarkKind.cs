namespace FlowStudio.Core.Runs;

public enum BookmarkKind
{
    Approval,
    Delay,
    DuplicateReview,
    WaitForEvent,
}
