using FlowStudio.Core.Lookups;
using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Lookups;

/// <summary>
/// The stored lookup tables for LOOKUP, served from an in-memory snapshot. The store refreshes it after each
/// change on this node; <see cref="LookupTableRefresher"/> loads it at start and notices changes made by other nodes.
/// </summary>
public sealed class DbLookupTableProvider(IDbContextFactory<FlowStudioDbContext> contextFactory, ILogger<DbLookupTableProvider> logger)
    : ILookupTableProvider, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>What the snapshot was built from: table count and newest change.</summary>
    public (int Count, DateTimeOffset? LastChange)? Stamp => _snapshot is { } s ? (s.Count, s.LastChange) : null;

    public LookupTable? Find(string name)
    {
        var snapshot = _snapshot ?? LoadFirst();
        return snapshot.Tables.Find(name);
    }

    public IEnumerable<string> Names => (_snapshot ?? LoadFirst()).Tables.Names;

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var records = await db.Set<LookupTableRecord>().AsNoTracking().ToListAsync(cancellationToken);
            _snapshot = Build(records);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reloads when the table count or newest change differs from the snapshot's.</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tables = db.Set<LookupTableRecord>().AsNoTracking();
        var count = await tables.CountAsync(cancellationToken);
        var last = count == 0 ? null : await tables.MaxAsync(t => (DateTimeOffset?)t.UpdatedAt, cancellationToken);
        if (_snapshot is { } current && current.Count == count && current.LastChange == last)
        {
            return false;
        }

        await RefreshAsync(cancellationToken);
        return true;
    }

    // Only the first lookup before the refresher has run pays for a synchronous load.
    private Snapshot LoadFirst()
    {
        _gate.Wait();
        try
        {
            if (_snapshot is { } loaded)
            {
                return loaded;
            }

            using var db = contextFactory.CreateDbContext();
            var snapshot = Build(db.Set<LookupTableRecord>().AsNoTracking().ToList());
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private Snapshot Build(List<LookupTableRecord> records)
    {
        var tables = new List<LookupTable>();
        foreach (var record in records)
        {
            try
            {
                tables.Add(LookupTableMapping.ToDocument(record).ToTable());
            }
            catch (ArgumentException ex)
            {
                // Saved tables pass the rules; a row edited by hand in the database must not take the others down.
                logger.LogWarning(ex, "Lookup table {Name} ({Id}) is malformed and was skipped", record.Name, record.Id);
            }
        }

        return new Snapshot(new LookupTableSet(tables), records.Count, records.Count == 0 ? null : records.Max(r => r.UpdatedAt));
    }

    public void Dispose() => _gate.Dispose();

    private sealed record Snapshot(LookupTableSet Tables, int Count, DateTimeOffset? LastChange);
}
