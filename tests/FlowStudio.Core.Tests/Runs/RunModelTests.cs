using System.Text.Json;
using FlowStudio.Core.Runs;

namespace FlowStudio.Core.Tests.Runs;

public class RunModelTests
{
    [Theory]
    [InlineData(RunStatus.Pending, RunStatus.Running, true)]
    [InlineData(RunStatus.Running, RunStatus.Waiting, true)]
    [InlineData(RunStatus.Waiting, RunStatus.Running, true)]
    [InlineData(RunStatus.Running, RunStatus.Succeeded, true)]
    [InlineData(RunStatus.Failed, RunStatus.Pending, true)]
    [InlineData(RunStatus.Succeeded, RunStatus.Running, false)]
    [InlineData(RunStatus.Cancelled, RunStatus.Running, false)]
    [InlineData(RunStatus.Pending, RunStatus.Succeeded, false)]
    public void CanMoveTo_Transition_FollowsLifeCycle(RunStatus from, RunStatus to, bool allowed)
    {
        from.CanMoveTo(to).ShouldBe(allowed);
    }

    [Fact]
    public void IsTerminal_EachStatus_OnlyEndStates()
    {
        Enum.GetValues<RunStatus>().Where(s => s.IsTerminal())
            .ShouldBe([RunStatus.Succeeded, RunStatus.Failed, RunStatus.Cancelled]);
    }

    [Fact]
    public void Bookmark_SerializedAsBase_RoundTripsWithKind()
    {
        Bookmark[] bookmarks =
        [
            new ApprovalBookmark("Reviewer", "Approve refund") { DueAt = new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero) },
            new DelayBookmark { DueAt = new DateTimeOffset(2025, 1, 3, 0, 0, 0, TimeSpan.Zero) },
            new DuplicateReviewBookmark("review-7"),
            new WaitForEventBookmark("invoice.paid", "inv-42"),
        ];

        foreach (var bookmark in bookmarks)
        {
            var json = JsonSerializer.Serialize(bookmark);
            var back = JsonSerializer.Deserialize<Bookmark>(json);

            back.ShouldBe(bookmark);
            back!.Kind.ShouldBe(bookmark.Kind);
        }

        bookmarks.Select(b => b.Kind).ShouldBe(Enum.GetValues<BookmarkKind>());
    }
}
