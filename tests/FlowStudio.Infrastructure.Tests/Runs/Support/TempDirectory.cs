using FlowStudio.Infrastructure.Tests.Support;

namespace FlowStudio.Infrastructure.Tests.Runs.Support;

/// <summary>A data directory shared by several hosts in one test (nodes, restarts); deleted when disposed, pass or fail.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = SqliteServices.NewDirectory();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
        catch (IOException)
        {
            // Leftover temp files must not fail the run.
        }
    }
}
