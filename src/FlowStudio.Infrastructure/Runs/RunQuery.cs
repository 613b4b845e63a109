using FlowStudio.Core.Runs;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>Filters for the run list; every filter is optional. Times filter on when the run was created.</summary>
public sealed record RunQuery
{
    public const int MaxTake = 500;

    public Guid? FlowId { get; init; }

    public IReadOnlyCollection<RunStatus>? Statuses { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>Matches the correlation text (contains, case-insensitive) or a run id.</summary>
    public string? Text { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
