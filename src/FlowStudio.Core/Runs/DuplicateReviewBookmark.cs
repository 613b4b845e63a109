using System.Text.Json.Serialization;

namespace FlowStudio.Core.Runs;

public sealed record DuplicateReviewBookmark(string ReviewItemId) : Bookmark
{
    // The "kind" type discriminator already carries this; serialising it too would clash under camelCase.
    [JsonIgnore]
    public override BookmarkKind Kind => BookmarkKind.DuplicateReview;
}
