using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// A plain INSERT, or an UPDATE of every non-key column by key, for one entity type, generated once
/// from the EF model: table and column names, identifier quoting and value conversion (e.g. instants
/// as ticks on SQLite) come from EF, so the statement is right for either provider. One command is
/// reused for every row of a batch. It skips the change tracker and command building of SaveChanges,
/// which dominate the cost of the run tables' hot writes. See docs/adr/0013-durable-runs.md.
/// </summary>
internal sealed class RowCommand<T>
    where T : class
{
    private readonly Column[] _columns;

    private RowCommand(string sql, Column[] columns)
    {
        Sql = sql;
        _columns = columns;
    }

    public string Sql { get; }

    public static RowCommand<T> Insert(IModel model, ISqlGenerationHelper sql)
    {
        var (table, columns) = Describe(model, sql, keysLast: false);
        return new RowCommand<T>(
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(c => c.Parameter))})",
            columns);
    }

    /// <summary>
    /// INSERT … SELECT: the row's values, except the <paramref name="computed"/> columns, which are taken
    /// from <paramref name="from"/> (a FROM … WHERE clause); no row is inserted when it finds nothing.
    /// </summary>
    public static RowCommand<T> InsertSelect(IModel model, ISqlGenerationHelper sql, string computedProperty, string computed, Func<Func<string, string>, string> from)
    {
        var (table, all) = Describe(model, sql, keysLast: false);
        var entity = model.FindEntityType(typeof(T))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var computedColumn = sql.DelimitIdentifier(entity.FindProperty(computedProperty)!.GetColumnName(store)!);
        var bound = all.Where(c => c.Name != computedColumn).ToArray();
        var values = all.Select(c => c.Name == computedColumn ? computed : c.Parameter);
        string ParameterOf(string property) =>
            bound.Single(c => c.Name == sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(store)!)).Parameter;
        return new RowCommand<T>(
            $"INSERT INTO {table} ({string.Join(", ", all.Select(c => c.Name))}) SELECT {string.Join(", ", values)} {from(ParameterOf)}",
            bound);
    }

    public static RowCommand<T> Update(IModel model, ISqlGenerationHelper sql)
    {
        var (table, columns) = Describe(model, sql, keysLast: true);
        var set = columns.Where(c => !c.IsKey).Select(c => $"{c.Name} = {c.Parameter}");
        var where = columns.Where(c => c.IsKey).Select(c => $"{c.Name} = {c.Parameter}");
        return new RowCommand<T>($"UPDATE {table} SET {string.Join(", ", set)} WHERE {string.Join(" AND ", where)}", columns);
    }

    public DbCommand Create(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        foreach (var column in _columns)
        {
            command.Parameters.Add(column.Mapping.CreateParameter(command, column.Parameter, null, nullable: true));
        }

        return command;
    }

    public async Task<int> ExecuteAsync(DbCommand command, T row)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            command.Parameters[i].Value = _columns[i].ToProvider(row);
        }

        return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static (string Table, Column[] Columns) Describe(IModel model, ISqlGenerationHelper sql, bool keysLast)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var keys = entity.FindPrimaryKey()!.Properties;
        var properties = entity.GetProperties().OrderBy(p => keysLast && keys.Contains(p) ? 1 : 0);
        var columns = properties.Select((p, i) => new Column(
            sql.DelimitIdentifier(p.GetColumnName(table)!),
            sql.GenerateParameterName("p" + i),
            keys.Contains(p),
            (RelationalTypeMapping)p.GetTypeMapping(),
            Getter(p))).ToArray();
        return (sql.DelimitIdentifier(table.Name, table.Schema), columns);
    }

    private static Func<T, object?> Getter(IProperty property)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var value = Expression.Convert(Expression.Property(row, property.PropertyInfo!), typeof(object));
        return Expression.Lambda<Func<T, object?>>(value, row).Compile();
    }

    private sealed record Column(string Name, string Parameter, bool IsKey, RelationalTypeMapping Mapping, Func<T, object?> Get)
    {
        public object ToProvider(T row) => Get(row) is { } value
            ? Mapping.Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value : value
            : DBNull.Value;
    }
}
