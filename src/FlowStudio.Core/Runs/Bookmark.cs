using System.Text.Json.Serialization;

namespace FlowStudio.Core.Runs;

/// <summary>What a parked run waits for; stored with the bookmark and read back on resume.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ApprovalBookmark), "approval")]
[JsonDerivedType(typeof(DelayBookmark), "delay")]
[JsonDerivedType(typeof(DuplicateReviewBookmark), "duplicateReview")]
[JsonDerivedType(typeof(WaitForEventBookmark), "waitForEvent")]
public abstract record Bookmark
{
    [JsonIgnore]
    public abstract BookmarkKind Kind { get; }

    /// <summary>When the wait gives up (approval and event waits) or ends (delay); null waits forever.</summary>
    public DateTimeOffset? DueAt { get; init; }
}
