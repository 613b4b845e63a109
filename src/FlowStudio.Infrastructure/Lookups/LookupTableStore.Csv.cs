using FlowStudio.Core.Auditing;
using FlowStudio.Core.Lookups;
using FlowStudio.Infrastructure.Auditing;

namespace FlowStudio.Infrastructure.Lookups;

public sealed partial class LookupTableStore
{
    /// <summary>
    /// Reads a CSV file (header row; <paramref name="options"/> names the key column) into a new table, or
    /// replaces the rows and columns of table <paramref name="id"/>. Every problem is reported with its line and
    /// column and nothing is saved unless the whole file is good.
    /// </summary>
    public async Task<LookupCommandResult> ImportCsvAsync(
        Guid? id, string name, TextReader csv, LookupTableOptions options, int? expectedRevision, AuditActor actor,
        string? description = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(name))
        {
            return LookupCommandResult.Invalid([new LookupProblem(null, null, "The table needs a name.")], "The table needs a name; nothing was imported.");
        }

        LookupTable table;
        try
        {
            table = LookupCsvImporter.Import(name.Trim(), csv, options);
        }
        catch (LookupImportException ex)
        {
            return LookupCommandResult.Invalid(
                [.. ex.Errors.Select(LookupProblem.FromImport)],
                $"The file has {ex.Errors.Length} problem{(ex.Errors.Length == 1 ? "" : "s")}; nothing was imported.");
        }

        if (id is not { } existing)
        {
            return await CreateAsync(LookupTableDocument.From(table, description), actor, AuditActions.LookupImported, "Imported CSV as", cancellationToken);
        }

        // A re-import replaces columns and rows; the description stays unless a new one is given.
        description ??= (await GetAsync(existing, cancellationToken))?.Document.Description;
        return await UpdateAsync(
            existing, LookupTableDocument.From(table, description), expectedRevision ?? -1, actor, AuditActions.LookupImported, "Imported CSV into", cancellationToken);
    }
}
