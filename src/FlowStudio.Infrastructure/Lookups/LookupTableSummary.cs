namespace FlowStudio.Infrastructure.Lookups;

/// <summary>A lookup table as lists and pickers show it.</summary>
public sealed record LookupTableSummary(
    Guid Id,
    string Name,
    string? Description,
    string KeyColumn,
    IReadOnlyList<string> ValueColumns,
    int RowCount,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy,
    int Revision);
