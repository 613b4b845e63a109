using System.Collections.Frozen;
using System.Collections.Immutable;

namespace FlowStudio.Core.Lookups;

/// <summary>
/// A named, read-only key → value (or key → columns) table, e.g. Stripe payment method → Zoho
/// payment mode. The first value column is the one returned when no column is named.
/// </summary>
public sealed class LookupTable
{
    private readonly FrozenDictionary<string, LookupRow> _rows;

    private LookupTable(string name, LookupTableOptions options, ImmutableArray<string> valueColumns, FrozenDictionary<string, LookupRow> rows)
    {
        Name = name;
        Options = options;
        ValueColumns = valueColumns;
        _rows = rows;
    }

    public string Name { get; }

    public LookupTableOptions Options { get; }

    public ImmutableArray<string> ValueColumns { get; }

    public int Count => _rows.Count;

    public IEnumerable<LookupRow> Rows => _rows.Values;

    /// <exception cref="ArgumentException">A key is empty or appears twice, or a row has an unknown column.</exception>
    public static LookupTable Create(string name, LookupTableOptions options, IReadOnlyList<string> valueColumns, IEnumerable<LookupRow> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(valueColumns);
        ArgumentNullException.ThrowIfNull(rows);
        if (valueColumns.Count == 0)
        {
            throw new ArgumentException($"Lookup table '{name}' needs at least one value column.", nameof(valueColumns));
        }

        var byKey = new Dictionary<string, LookupRow>(KeyComparer(options));
        foreach (var row in rows)
        {
            if (string.IsNullOrEmpty(row.Key))
            {
                throw new ArgumentException($"Lookup table '{name}' has a row with an empty key.", nameof(rows));
            }

            if (!byKey.TryAdd(row.Key, row))
            {
                throw new ArgumentException($"Lookup table '{name}' has the key '{row.Key}' twice.", nameof(rows));
            }

            var unknown = row.Values.Keys.FirstOrDefault(c => !valueColumns.Contains(c));
            if (unknown is not null)
            {
                throw new ArgumentException($"Lookup table '{name}' row '{row.Key}' has unknown column '{unknown}'.", nameof(rows));
            }
        }

        return new LookupTable(name, options, [.. valueColumns], byKey.ToFrozenDictionary(KeyComparer(options)));
    }

    /// <summary>A key → value table with a single column named <c>value</c>.</summary>
    public static LookupTable FromPairs(string name, IEnumerable<KeyValuePair<string, string>> pairs, LookupTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Create(
            name,
            options ?? new LookupTableOptions(),
            ["value"],
            pairs.Select(p => new LookupRow(p.Key, new Dictionary<string, string>(StringComparer.Ordinal) { ["value"] = p.Value })));
    }

    public bool TryGetRow(string key, out LookupRow row) => _rows.TryGetValue(key, out row!);

    /// <summary>
    /// The value of <paramref name="column"/> (the first value column when null) for <paramref name="key"/>;
    /// the table default when the key is missing.
    /// </summary>
    /// <exception cref="ArgumentException">The column does not exist.</exception>
    public string? Find(string key, string? column = null)
    {
        column ??= ValueColumns[0];
        if (!ValueColumns.Contains(column))
        {
            throw new ArgumentException($"Lookup table '{Name}' has no column '{column}' (columns: {string.Join(", ", ValueColumns)}).", nameof(column));
        }

        return _rows.TryGetValue(key, out var row)
            ? row.Values.GetValueOrDefault(column)
            : Options.DefaultValue;
    }

    public bool ContainsKey(string key) => _rows.ContainsKey(key);

    private static StringComparer KeyComparer(LookupTableOptions options) =>
        options.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
