namespace FlowStudio.Infrastructure.Lookups;

/// <summary>A stored lookup table: listing columns plus its value columns and rows as JSON (read whole, never queried by row).</summary>
public sealed class LookupTableRecord
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Upper-case invariant <see cref="Name"/>: LOOKUP finds tables without regard to case, so names are unique that way.</summary>
    public required string NormalizedName { get; set; }

    public string? Description { get; set; }

    public required string KeyColumn { get; set; }

    public bool IgnoreCase { get; set; }

    public string? DefaultValue { get; set; }

    /// <summary>JSON array of the value column names, in order.</summary>
    public required string ColumnsJson { get; set; }

    /// <summary>JSON array of <c>{ "key": …, "values": { column: value } }</c>.</summary>
    public required string RowsJson { get; set; }

    public int RowCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Optimistic concurrency: an update names the revision it was made from.</summary>
    public int Revision { get; set; }
}
