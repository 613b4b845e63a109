using System.Collections.Frozen;

namespace FlowStudio.Core.Lookups;

/// <summary>An immutable set of lookup tables; names match without regard to case.</summary>
public sealed class LookupTableSet : ILookupTableProvider
{
    private readonly FrozenDictionary<string, LookupTable> _tables;

    public LookupTableSet(IEnumerable<LookupTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var byName = new Dictionary<string, LookupTable>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            if (!byName.TryAdd(table.Name, table))
            {
                throw new ArgumentException($"Two lookup tables are named '{table.Name}'.", nameof(tables));
            }
        }

        _tables = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static LookupTableSet Empty { get; } = new([]);

    public IEnumerable<string> Names => _tables.Keys;

    public LookupTable? Find(string name) => _tables.GetValueOrDefault(name);
}
