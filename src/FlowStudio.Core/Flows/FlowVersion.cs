namespace FlowStudio.Core.Flows;

/// <summary>
/// A numbered version of a flow. Drafts can be edited; publishing freezes the version. Every
/// property has a private setter and the constructor is private, so a published version can only
/// be read: no <c>with</c> expression or setter can change it.
/// </summary>
public sealed record FlowVersion
{
    private FlowVersion(int number, FlowVersionStatus status, FlowDefinition definition, DateTimeOffset? publishedAt, string? publishedBy)
    {
        Number = number;
        Status = status;
        Definition = definition;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    public int Number { get; }

    public FlowVersionStatus Status { get; }

    public FlowDefinition Definition { get; }

    public DateTimeOffset? PublishedAt { get; }

    public string? PublishedBy { get; }

    public bool IsPublished => Status == FlowVersionStatus.Published;

    public static FlowVersion Draft(int number, FlowDefinition definition)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentNullException.ThrowIfNull(definition);
        return new FlowVersion(number, FlowVersionStatus.Draft, definition, null, null);
    }

    /// <summary>Restores a published version read from storage.</summary>
    public static FlowVersion Published(int number, FlowDefinition definition, DateTimeOffset publishedAt, string publishedBy)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        return new FlowVersion(number, FlowVersionStatus.Published, definition, publishedAt, publishedBy);
    }

    public FlowVersion WithDefinition(FlowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        EnsureDraft("edited");
        return new FlowVersion(Number, Status, definition, null, null);
    }

    public FlowVersion Publish(DateTimeOffset publishedAt, string publishedBy)
    {
        EnsureDraft("published again");
        return Published(Number, Definition, publishedAt, publishedBy);
    }

    /// <summary>Starts the next draft from this version, published or not.</summary>
    public FlowVersion NextDraft() => Draft(Number + 1, Definition);

    private void EnsureDraft(string action)
    {
        if (IsPublished)
        {
            throw new InvalidOperationException($"Version {Number} is published and cannot be {action}; start a new draft instead.");
        }
    }
}
