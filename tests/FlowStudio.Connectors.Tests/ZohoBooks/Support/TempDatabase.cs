using Microsoft.Data.Sqlite;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>A SQLite file path under the temp directory, deleted (with its WAL/journal files) on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"zoho-sandbox-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}
