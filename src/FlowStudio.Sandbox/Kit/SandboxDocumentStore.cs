using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace FlowStudio.Sandbox.Kit;

/// <summary>
/// A sandbox's state as JSON documents in its own SQLite file: one table of (kind, id, seq, json), where
/// <c>seq</c> orders records by creation. The sandboxes built on it answer in the provider's JSON shapes,
/// so keeping those shapes as documents avoids a second model that could drift from the wire format.
/// Writes are serialised; the data is small demo state that a reset drops and re-seeds.
/// </summary>
public sealed class SandboxDocumentStore(string databasePath) : IDisposable
{
    private readonly SemaphoreSlim writes = new(1, 1);

    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    /// <summary>Creates the file and table; returns true when they did not exist (the caller seeds then).</summary>
    public async Task<bool> EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            return false;
        }

        await using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE documents (kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, id));
            CREATE INDEX ix_documents_kind_seq ON documents (kind, seq);
            """;
        await create.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <summary>Empties every table (the caller re-seeds).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        await writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM documents";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            writes.Release();
        }
    }

    public async Task<JsonObject?> GetAsync(string kind, string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM documents WHERE kind = $kind AND id = $id";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonNode.Parse(json)!.AsObject() : null;
    }

    /// <summary>Every document of <paramref name="kind"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JsonObject>> ListAsync(string kind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM documents WHERE kind = $kind ORDER BY seq";
        command.Parameters.AddWithValue("$kind", kind);
        var result = new List<JsonObject>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(JsonNode.Parse(reader.GetString(0))!.AsObject());
        }

        return result;
    }

    /// <summary>Inserts or replaces; a replaced document keeps its place in the order.</summary>
    public async Task PutAsync(string kind, string id, JsonObject document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO documents (kind, id, seq, json)
                VALUES ($kind, $id, (SELECT coalesce(max(seq), 0) + 1 FROM documents), $json)
                ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json
                """;
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$json", document.ToJsonString());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            writes.Release();
        }
    }

    /// <summary>The next number of a named counter (ids, order numbers), persisted with the data.</summary>
    public async Task<long> NextAsync(string counter, CancellationToken cancellationToken)
    {
        await writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO documents (kind, id, seq, json) VALUES ('_counter', $name, 0, '{"value":1}')
                ON CONFLICT (kind, id) DO UPDATE SET json = json_set(json, '$.value', json_extract(json, '$.value') + 1);
                SELECT json_extract(json, '$.value') FROM documents WHERE kind = '_counter' AND id = $name;
                """;
            command.Parameters.AddWithValue("$name", counter);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            writes.Release();
        }
    }

    public void Dispose() => writes.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
