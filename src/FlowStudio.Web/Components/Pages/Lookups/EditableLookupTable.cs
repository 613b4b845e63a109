using FlowStudio.Core.Lookups;
using FlowStudio.Infrastructure.Lookups;

namespace FlowStudio.Web.Components.Pages.Lookups;

/// <summary>A lookup table being edited in the grid: columns by position, so renaming a column keeps its values.</summary>
public sealed class EditableLookupTable
{
    public Guid? Id { get; init; }

    public int Revision { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string KeyColumn { get; set; } = "key";

    public bool IgnoreCase { get; set; }

    public string? DefaultValue { get; set; }

    public List<string> Columns { get; } = [];

    public List<EditableLookupRow> Rows { get; } = [];

    public static EditableLookupTable New() => From(null, 0, new LookupTableDocument { Name = string.Empty, ValueColumns = ["value"] });

    public static EditableLookupTable From(Guid? id, int revision, LookupTableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var table = new EditableLookupTable
        {
            Id = id,
            Revision = revision,
            Name = document.Name,
            Description = document.Description,
            KeyColumn = document.Options.KeyColumn,
            IgnoreCase = document.Options.IgnoreCase,
            DefaultValue = document.Options.DefaultValue,
        };
        table.Columns.AddRange(document.ValueColumns);
        table.Rows.AddRange(document.Rows.Select(r => new EditableLookupRow
        {
            Key = r.Key,
            Values = [.. document.ValueColumns.Select(c => r.Values.GetValueOrDefault(c) ?? string.Empty)],
        }));
        return table;
    }

    public void AddColumn()
    {
        var number = Columns.Count + 1;
        while (Columns.Contains($"column{number}", StringComparer.OrdinalIgnoreCase))
        {
            number++;
        }

        Columns.Add($"column{number}");
        foreach (var row in Rows)
        {
            row.Values.Add(string.Empty);
        }
    }

    public void RemoveColumn(int index)
    {
        Columns.RemoveAt(index);
        foreach (var row in Rows)
        {
            row.Values.RemoveAt(index);
        }
    }

    public EditableLookupRow AddRow()
    {
        var row = new EditableLookupRow { Values = [.. Columns.Select(_ => string.Empty)] };
        Rows.Add(row);
        return row;
    }

    public LookupTableDocument ToDocument() => new()
    {
        Name = Name.Trim(),
        Description = Description,
        Options = new LookupTableOptions(KeyColumn.Trim(), IgnoreCase, string.IsNullOrEmpty(DefaultValue) ? null : DefaultValue),
        ValueColumns = [.. Columns.Select(c => c.Trim())],
        Rows = [.. Rows.Select(r => new LookupRow(
            r.Key.Trim(),
            Columns.Select((c, i) => (Column: c.Trim(), Value: r.Values[i])).DistinctBy(p => p.Column).ToDictionary(p => p.Column, p => p.Value, StringComparer.Ordinal)))],
    };
}
