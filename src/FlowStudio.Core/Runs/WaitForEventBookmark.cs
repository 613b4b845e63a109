using System.Text.Json.Serialization;

namespace FlowStudio.Core.Runs;

/// <summary>Resumed by an incoming event of <see cref="EventType"/> whose correlation key matches.</summary>
public sealed record WaitForEventBookmark(string EventType, string CorrelationKey) : Bookmark
{
    // The "kind" type discriminator already carries this; serialising it too would clash under camelCase.
    [JsonIgnore]
    public override BookmarkKind Kind => BookmarkKind.WaitForEvent;
}
