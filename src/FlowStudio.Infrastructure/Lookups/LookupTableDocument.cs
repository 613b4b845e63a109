using FlowStudio.Core.Lookups;

namespace FlowStudio.Infrastructure.Lookups;

/// <summary>A lookup table as edited: name, options, value columns and rows. <see cref="LookupTableRules"/> checks it.</summary>
public sealed record LookupTableDocument
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public LookupTableOptions Options { get; init; } = new();

    public IReadOnlyList<string> ValueColumns { get; init; } = ["value"];

    public IReadOnlyList<LookupRow> Rows { get; init; } = [];

    /// <summary>The table the engine reads; call only on a document without <see cref="LookupTableRules"/> problems.</summary>
    public LookupTable ToTable() => LookupTable.Create(Name.Trim(), Options, ValueColumns, Rows);

    public static LookupTableDocument From(LookupTable table, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new LookupTableDocument
        {
            Name = table.Name,
            Description = description,
            Options = table.Options,
            ValueColumns = [.. table.ValueColumns],
            Rows = [.. table.Rows],
        };
    }
}
