using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Lookups;

/// <summary>
/// Saves lookup tables. Every change is checked by <see cref="LookupTableRules"/> (bad input changes nothing),
/// guarded by the revision the editor started from, audited as <c>lookup.*</c>, and refreshes the engine's cache.
/// </summary>
public sealed partial class LookupTableStore(
    IDbContextFactory<FlowStudioDbContext> contextFactory,
    DbLookupTableProvider provider,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<LookupTableSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Set<LookupTableRecord>().AsNoTracking().OrderBy(t => t.NormalizedName).ToListAsync(cancellationToken);
        return records.Select(LookupTableMapping.Summarize).ToList();
    }

    public async Task<LookupTableDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<LookupTableRecord>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return record is null ? null : new LookupTableDetails(LookupTableMapping.Summarize(record), LookupTableMapping.ToDocument(record));
    }

    public async Task<LookupTableDetails?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = LookupTableMapping.Normalize(name);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<LookupTableRecord>().AsNoTracking().SingleOrDefaultAsync(t => t.NormalizedName == normalized, cancellationToken);
        return record is null ? null : new LookupTableDetails(LookupTableMapping.Summarize(record), LookupTableMapping.ToDocument(record));
    }

    public Task<LookupCommandResult> CreateAsync(LookupTableDocument document, AuditActor actor, CancellationToken cancellationToken = default) =>
        CreateAsync(document, actor, AuditActions.LookupCreated, "Created", cancellationToken);

    /// <summary>Replaces a table's name, options, columns and rows; <paramref name="expectedRevision"/> guards against overwriting someone else's save.</summary>
    public Task<LookupCommandResult> SaveAsync(
        Guid id, LookupTableDocument document, int expectedRevision, AuditActor actor, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, document, expectedRevision, actor, AuditActions.LookupUpdated, "Saved", cancellationToken);

    public async Task<LookupCommandResult> DeleteAsync(Guid id, int expectedRevision, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<LookupTableRecord>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (record is null)
        {
            return LookupCommandResult.NotFound(id);
        }

        if (record.Revision != expectedRevision)
        {
            return StaleConflict(record, expectedRevision);
        }

        var summary = LookupTableMapping.Summarize(record);
        db.Remove(record);
        if (!await TrySaveAsync(db, cancellationToken))
        {
            return ChangedWhileSaving();
        }

        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.LookupDeleted, $"Deleted lookup table '{record.Name}'", "LookupTable", id.ToString(), Before: LookupTableMapping.Describe(record)), cancellationToken);
        await provider.RefreshAsync(cancellationToken);
        return LookupCommandResult.Success(summary);
    }

    private async Task<LookupCommandResult> CreateAsync(
        LookupTableDocument document, AuditActor actor, string action, string verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actor);
        if (Invalid(document) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(db, document.Name, null, cancellationToken) is { } taken)
        {
            return taken;
        }

        var now = clock.GetUtcNow();
        var record = new LookupTableRecord
        {
            Id = Guid.NewGuid(),
            Name = string.Empty,
            NormalizedName = string.Empty,
            KeyColumn = string.Empty,
            ColumnsJson = "[]",
            RowsJson = "[]",
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = actor.Name,
            Revision = 1,
        };
        LookupTableMapping.Apply(record, document);
        db.Add(record);
        if (!await TrySaveAsync(db, cancellationToken))
        {
            return LookupCommandResult.Conflict($"A lookup table named '{record.Name}' was created by someone else at the same time.");
        }

        await audit.RecordAsync(actor, new AuditRecord(
            action, $"{verb} lookup table '{record.Name}' ({record.RowCount} rows)", "LookupTable", record.Id.ToString(),
            After: LookupTableMapping.Describe(record)), cancellationToken);
        await provider.RefreshAsync(cancellationToken);
        return LookupCommandResult.Success(LookupTableMapping.Summarize(record));
    }

    private async Task<LookupCommandResult> UpdateAsync(
        Guid id, LookupTableDocument document, int expectedRevision, AuditActor actor, string action, string verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actor);
        if (Invalid(document) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<LookupTableRecord>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (record is null)
        {
            return LookupCommandResult.NotFound(id);
        }

        if (record.Revision != expectedRevision)
        {
            return StaleConflict(record, expectedRevision);
        }

        if (await NameTakenAsync(db, document.Name, id, cancellationToken) is { } taken)
        {
            return taken;
        }

        var before = LookupTableMapping.Describe(record);
        LookupTableMapping.Apply(record, document);
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = actor.Name;
        record.Revision++;
        if (!await TrySaveAsync(db, cancellationToken))
        {
            return ChangedWhileSaving();
        }

        await audit.RecordAsync(actor, new AuditRecord(
            action, $"{verb} lookup table '{record.Name}' ({record.RowCount} rows)", "LookupTable", id.ToString(),
            before, LookupTableMapping.Describe(record)), cancellationToken);
        await provider.RefreshAsync(cancellationToken);
        return LookupCommandResult.Success(LookupTableMapping.Summarize(record));
    }

    private static LookupCommandResult? Invalid(LookupTableDocument document)
    {
        var problems = LookupTableRules.Check(document);
        return problems.Count == 0
            ? null
            : LookupCommandResult.Invalid(problems, $"The table has {problems.Count} problem{(problems.Count == 1 ? "" : "s")}; nothing was saved.");
    }

    private static async Task<LookupCommandResult?> NameTakenAsync(FlowStudioDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var normalized = LookupTableMapping.Normalize(name);
        var taken = await db.Set<LookupTableRecord>().AnyAsync(t => t.NormalizedName == normalized && t.Id != except, cancellationToken);
        return taken
            ? LookupCommandResult.Invalid([new LookupProblem(null, null, $"A lookup table named '{name.Trim()}' already exists.")], "The name is taken; nothing was saved.")
            : null;
    }

    private static LookupCommandResult StaleConflict(LookupTableRecord record, int expectedRevision) =>
        LookupCommandResult.Conflict(
            $"Lookup table '{record.Name}' was changed by {record.UpdatedBy ?? "someone else"} (revision {record.Revision}, you edited {expectedRevision}); reload it and apply your change again.");

    private static LookupCommandResult ChangedWhileSaving() =>
        LookupCommandResult.Conflict("The lookup table was changed by someone else while saving; reload it and apply your change again.");

    private static async Task<bool> TrySaveAsync(FlowStudioDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException)
        {
            // The unique name index: someone created the same name between our check and the insert.
            return false;
        }
    }
}
