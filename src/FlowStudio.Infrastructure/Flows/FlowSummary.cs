namespace FlowStudio.Infrastructure.Flows;

public sealed record FlowSummary(
    Guid Id,
    string Name,
    string? Description,
    IReadOnlyList<string> Tags,
    DateTimeOffset UpdatedAt,
    int LatestVersion,
    int? PublishedVersion,
    int Revision)
{
    public bool HasUnpublishedChanges => PublishedVersion != LatestVersion;
}
