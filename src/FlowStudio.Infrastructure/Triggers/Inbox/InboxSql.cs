using System.Data.Common;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>
/// The inbox's hot statements (is this event known for the flow; insert an entry), generated once from the
/// EF model like the run statements (ADR 0013), so they run inside the run write queue's group commit.
/// </summary>
internal sealed class InboxSql
{
    private readonly RowCommand<InboxEntryEntity> _insert;
    private readonly string _exists;
    private readonly RelationalTypeMapping _flowId;
    private readonly RelationalTypeMapping _key;

    private InboxSql(FlowStudioDbContext db)
    {
        var model = db.Model;
        var sql = db.GetService<ISqlGenerationHelper>();
        _insert = RowCommand<InboxEntryEntity>.Insert(model, sql);
        var entity = model.FindEntityType(typeof(InboxEntryEntity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        _flowId = (RelationalTypeMapping)entity.FindProperty(nameof(InboxEntryEntity.FlowId))!.GetTypeMapping();
        _key = (RelationalTypeMapping)entity.FindProperty(nameof(InboxEntryEntity.UniqueKey))!.GetTypeMapping();
        _exists = $"SELECT COUNT(*) FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {Column(nameof(InboxEntryEntity.FlowId))} = @flow AND {Column(nameof(InboxEntryEntity.UniqueKey))} = @key";
    }

    public static InboxSql For(FlowStudioDbContext db) => new(db);

    public async Task<bool> ExistsAsync(FlowStudioDbContext db, Guid flowId, string uniqueKey)
    {
        await using var command = Command(db, _exists);
        var flow = _flowId.CreateParameter(command, "@flow", null, nullable: false);
        flow.Value = _flowId.Converter is { } converter ? converter.ConvertToProvider(flowId) : flowId;
        command.Parameters.Add(flow);
        command.Parameters.Add(_key.CreateParameter(command, "@key", uniqueKey, nullable: false));
        return Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public async Task InsertAsync(FlowStudioDbContext db, InboxEntryEntity entry)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = _insert.Create(connection, Transaction(db));
        await _insert.ExecuteAsync(command, entry).ConfigureAwait(false);
    }

    private static DbCommand Command(FlowStudioDbContext db, string text)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Transaction(db);
        command.CommandText = text;
        return command;
    }

    private static DbTransaction Transaction(FlowStudioDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Inbox writes need the batch's transaction.");
}
