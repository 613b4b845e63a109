using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FlowStudio.Infrastructure.Tests.Support;

/// <summary>The infrastructure layer as the app registers it, on a real SQLite file in a temp folder.</summary>
public sealed class SqliteServices : IAsyncDisposable
{
    private readonly IHost host;

    private SqliteServices(IHost host, string directory)
    {
        this.host = host;
        DataDirectory = directory;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => host.Services;

    public static async Task<SqliteServices> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "flowstudio-infra-tests", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = directory,
            ["Bootstrap:AdminPassword"] = "Admin-Test-Password-1",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddFlowStudioInfrastructure();
        builder.Services.AddLogging();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return new SqliteServices(host, directory);
    }

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files must not fail the run.
        }
    }

    public FlowStudioDbContext CreateDbContext() =>
        Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<FlowStudioDbContext>>().CreateDbContext();
}
