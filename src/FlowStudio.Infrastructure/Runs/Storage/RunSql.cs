using System.Data.Common;
using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// The statements for the hot path of a run (queue it, record its steps, save its status), built once
/// from the EF model. <see cref="Session"/> holds one prepared command per statement for a batch.
/// </summary>
internal sealed class RunSql
{
    private readonly RowCommand<RunEntity> _insertRun;
    private readonly RowCommand<RunEntity> _queueRun;
    private readonly RowCommand<RunStepEntity> _insertStep;
    private readonly RowCommand<RunStepEntity> _updateStep;
    private readonly string _saveStatus;
    private readonly string _claim;
    private readonly RelationalTypeMapping _status;
    private readonly RelationalTypeMapping _instant;
    private readonly RelationalTypeMapping _id;
    private readonly RelationalTypeMapping _text;

    private RunSql(FlowStudioDbContext db)
    {
        var model = db.Model;
        var sql = db.GetService<ISqlGenerationHelper>();
        _insertRun = RowCommand<RunEntity>.Insert(model, sql);

        // Queue a run of the flow's published version, read in the same statement: no version, no run.
        var flows = model.FindEntityType(typeof(FlowRecord))!;
        var flowTable = StoreObjectIdentifier.Table(flows.GetTableName()!, flows.GetSchema());
        string FlowColumn(string property) => sql.DelimitIdentifier(flows.FindProperty(property)!.GetColumnName(flowTable)!);
        _queueRun = RowCommand<RunEntity>.InsertSelect(
            model,
            sql,
            nameof(RunEntity.FlowVersion),
            FlowColumn(nameof(FlowRecord.PublishedVersion)),
            parameterOf => $"FROM {sql.DelimitIdentifier(flowTable.Name, flowTable.Schema)} WHERE {FlowColumn(nameof(FlowRecord.Id))} = {parameterOf(nameof(RunEntity.FlowId))} AND {FlowColumn(nameof(FlowRecord.PublishedVersion))} IS NOT NULL");
        _insertStep = RowCommand<RunStepEntity>.Insert(model, sql);
        _updateStep = RowCommand<RunStepEntity>.Update(model, sql);
        var runs = model.FindEntityType(typeof(RunEntity))!;
        var table = StoreObjectIdentifier.Table(runs.GetTableName()!, runs.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(runs.FindProperty(property)!.GetColumnName(table)!);
        RelationalTypeMapping Mapping(string property) => (RelationalTypeMapping)runs.FindProperty(property)!.GetTypeMapping();
        _status = Mapping(nameof(RunEntity.Status));
        _instant = Mapping(nameof(RunEntity.CreatedAt));
        _id = Mapping(nameof(RunEntity.Id));
        _text = Mapping(nameof(RunEntity.StateJson));

        // A run that ended meanwhile (cancelled while this pass ran) keeps its ending.
        _saveStatus = $"""
            UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)}
            SET {Column(nameof(RunEntity.Status))} = @status,
                {Column(nameof(RunEntity.ErrorMessage))} = @message,
                {Column(nameof(RunEntity.ErrorCode))} = @code,
                {Column(nameof(RunEntity.StateJson))} = @state,
                {Column(nameof(RunEntity.LeaseOwner))} = NULL,
                {Column(nameof(RunEntity.LeaseExpiresAt))} = NULL,
                {Column(nameof(RunEntity.FinishedAt))} = @finished,
                {Column(nameof(RunEntity.ReadyAt))} = CASE WHEN @terminal = 1 THEN NULL ELSE {Column(nameof(RunEntity.ReadyAt))} END
            WHERE {Column(nameof(RunEntity.Id))} = @id AND {Column(nameof(RunEntity.Status))} IN (@pending, @running, @waiting)
            """;
        _claim = $"""
            UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)}
            SET {Column(nameof(RunEntity.Status))} = @running,
                {Column(nameof(RunEntity.ReadyAt))} = NULL,
                {Column(nameof(RunEntity.LeaseOwner))} = @owner,
                {Column(nameof(RunEntity.LeaseExpiresAt))} = @until,
                {Column(nameof(RunEntity.StartedAt))} = COALESCE({Column(nameof(RunEntity.StartedAt))}, @now),
                {Column(nameof(RunEntity.ClaimCount))} = {Column(nameof(RunEntity.ClaimCount))} + 1
            WHERE {Column(nameof(RunEntity.Id))} = @id AND {Column(nameof(RunEntity.ReadyAt))} <= @now
            """;
    }

    public static RunSql For(FlowStudioDbContext db) => new(db);

    /// <summary>Every statement, for tests that check them per provider without a server.</summary>
    internal IReadOnlyList<string> Statements => [_insertRun.Sql, _queueRun.Sql, _insertStep.Sql, _updateStep.Sql, _saveStatus, _claim];

    public Session Open(FlowStudioDbContext db) =>
        new(this, db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Run writes need the batch's transaction."));

    /// <summary>The commands of one batch, created on first use and reused for every row.</summary>
    public sealed class Session(RunSql sql, DbConnection connection, DbTransaction transaction) : IAsyncDisposable
    {
        private DbCommand? _insertRun;
        private DbCommand? _queueRun;
        private DbCommand? _insertStep;
        private DbCommand? _updateStep;
        private DbCommand? _saveStatus;
        private DbCommand? _claim;

        /// <summary>Takes a ready run for <paramref name="owner"/>; false when another worker was first.</summary>
        public async Task<bool> ClaimAsync(Guid runId, string owner, DateTimeOffset now, DateTimeOffset until)
        {
            if (_claim is null)
            {
                _claim = connection.CreateCommand();
                _claim.Transaction = transaction;
                _claim.CommandText = sql._claim;
                Add(_claim, sql._status, "@running").Value = Provider(sql._status, RunStatus.Running);
                Add(_claim, sql._text, "@owner");
                Add(_claim, sql._instant, "@until");
                Add(_claim, sql._instant, "@now");
                Add(_claim, sql._id, "@id");
            }

            var p = _claim.Parameters;
            p["@owner"].Value = owner;
            p["@until"].Value = Provider(sql._instant, until);
            p["@now"].Value = Provider(sql._instant, now);
            p["@id"].Value = Provider(sql._id, runId);
            return await _claim.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        }

        public Task InsertRunAsync(RunEntity run) =>
            sql._insertRun.ExecuteAsync(_insertRun ??= sql._insertRun.Create(connection, transaction), run);

        /// <summary>Inserts the run with its flow's published version; false when the flow is unknown or unpublished.</summary>
        public async Task<bool> QueueRunAsync(RunEntity run) =>
            await sql._queueRun.ExecuteAsync(_queueRun ??= sql._queueRun.Create(connection, transaction), run).ConfigureAwait(false) == 1;

        /// <returns>False when an update found no row (it was never written, or was dropped).</returns>
        public async Task<bool> SaveStepAsync(RunStepEntity step, bool exists)
        {
            var command = exists ? sql._updateStep : sql._insertStep;
            var prepared = exists ? _updateStep ??= command.Create(connection, transaction) : _insertStep ??= command.Create(connection, transaction);
            return await command.ExecuteAsync(prepared, step).ConfigureAwait(false) == 1;
        }

        public async Task SaveStatusAsync(Guid runId, RunStatus status, string? message, string? code, string? state, DateTimeOffset? finishedAt)
        {
            if (_saveStatus is null)
            {
                _saveStatus = connection.CreateCommand();
                _saveStatus.Transaction = transaction;
                _saveStatus.CommandText = sql._saveStatus;
                Add(_saveStatus, sql._status, "@status");
                Add(_saveStatus, sql._text, "@message");
                Add(_saveStatus, sql._text, "@code");
                Add(_saveStatus, sql._text, "@state");
                Add(_saveStatus, sql._instant, "@finished");
                var terminal = _saveStatus.CreateParameter();
                terminal.ParameterName = "@terminal";
                _saveStatus.Parameters.Add(terminal);
                Add(_saveStatus, sql._id, "@id");
                Add(_saveStatus, sql._status, "@pending").Value = Provider(sql._status, RunStatus.Pending);
                Add(_saveStatus, sql._status, "@running").Value = Provider(sql._status, RunStatus.Running);
                Add(_saveStatus, sql._status, "@waiting").Value = Provider(sql._status, RunStatus.Waiting);
            }

            var p = _saveStatus.Parameters;
            p["@status"].Value = Provider(sql._status, status);
            p["@message"].Value = (object?)message ?? DBNull.Value;
            p["@code"].Value = (object?)code ?? DBNull.Value;
            p["@state"].Value = (object?)state ?? DBNull.Value;
            p["@finished"].Value = finishedAt is { } at ? Provider(sql._instant, at) : DBNull.Value;
            p["@terminal"].Value = status.IsTerminal() ? 1 : 0;
            p["@id"].Value = Provider(sql._id, runId);
            await _saveStatus.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in new[] { _insertRun, _queueRun, _insertStep, _updateStep, _saveStatus, _claim })
            {
                if (command is not null)
                {
                    await command.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        private static DbParameter Add(DbCommand command, RelationalTypeMapping mapping, string name)
        {
            var parameter = mapping.CreateParameter(command, name, null, nullable: true);
            command.Parameters.Add(parameter);
            return parameter;
        }

        private static object Provider(RelationalTypeMapping mapping, object value) =>
            mapping.Converter is { } converter ? converter.ConvertToProvider(value)! : value;
    }
}
