using System.Globalization;
using System.Text.Json;
using FlowStudio.Core.Lookups;

namespace FlowStudio.Infrastructure.Lookups;

/// <summary>Maps between <see cref="LookupTableRecord"/> and the document and summary shapes.</summary>
internal static class LookupTableMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LookupTableSummary Summarize(LookupTableRecord record) => new(
        record.Id, record.Name, record.Description, record.KeyColumn, Columns(record), record.RowCount,
        record.UpdatedAt, record.UpdatedBy, record.Revision);

    public static LookupTableDocument ToDocument(LookupTableRecord record) => new()
    {
        Name = record.Name,
        Description = record.Description,
        Options = new LookupTableOptions(record.KeyColumn, record.IgnoreCase, record.DefaultValue),
        ValueColumns = Columns(record),
        Rows = (JsonSerializer.Deserialize<List<StoredRow>>(record.RowsJson, Json) ?? [])
            .Select(r => new LookupRow(r.Key, r.Values ?? new Dictionary<string, string>(StringComparer.Ordinal)))
            .ToList(),
    };

    /// <summary>Writes a checked document into the record (not its id, timestamps or revision).</summary>
    public static void Apply(LookupTableRecord record, LookupTableDocument document)
    {
        var name = document.Name.Trim();
        record.Name = name;
        record.NormalizedName = Normalize(name);
        record.Description = string.IsNullOrWhiteSpace(document.Description) ? null : document.Description.Trim();
        record.KeyColumn = document.Options.KeyColumn.Trim();
        record.IgnoreCase = document.Options.IgnoreCase;
        record.DefaultValue = document.Options.DefaultValue;
        record.ColumnsJson = JsonSerializer.Serialize(document.ValueColumns.Select(c => c.Trim()), Json);
        record.RowsJson = JsonSerializer.Serialize(document.Rows.Select(r => new StoredRow(r.Key, r.Values)), Json);
        record.RowCount = document.Rows.Count;
    }

    public static string Normalize(string name) => name.Trim().ToUpper(CultureInfo.InvariantCulture);

    /// <summary>What the audit log keeps of a table: its shape, not its rows.</summary>
    public static object Describe(LookupTableRecord record) => new
    {
        record.Name,
        record.KeyColumn,
        Columns = Columns(record),
        Rows = record.RowCount,
        record.IgnoreCase,
        record.DefaultValue,
    };

    private static List<string> Columns(LookupTableRecord record) => JsonSerializer.Deserialize<List<string>>(record.ColumnsJson, Json) ?? [];

    private sealed record StoredRow(string Key, IReadOnlyDictionary<string, string>? Values);
}
