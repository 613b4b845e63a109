using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FlowStudio.Infrastructure.Tests.Support;

/// <summary>
/// The infrastructure layer as the app registers it, on a real SQLite file in a temp folder. With
/// <c>start: true</c> the host's hosted services (run workers, Quartz) run too.
/// </summary>
public sealed class SqliteServices : IAsyncDisposable
{
    private readonly IHost host;
    private readonly bool started;
    private readonly bool keepDirectory;

    private SqliteServices(IHost host, string directory, bool started, bool keepDirectory)
    {
        this.host = host;
        this.started = started;
        this.keepDirectory = keepDirectory;
        DataDirectory = directory;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => host.Services;

    public static Task<SqliteServices> StartAsync(IDictionary<string, string?>? settings = null) => StartAsync(settings, null, start: false);

    /// <summary>
    /// Starts the infrastructure with extra <c>settings</c> and service registrations (<c>configure</c>);
    /// <c>start</c> runs the hosted services too, and a given <c>directory</c> is reused (a restart) and left in place on dispose.
    /// </summary>
    public static async Task<SqliteServices> StartAsync(
        IDictionary<string, string?>? settings, Action<IServiceCollection>? configure, bool start, string? directory = null)
    {
        var keep = directory is not null;
        directory ??= NewDirectory();
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
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        if (start)
        {
            await host.StartAsync();
        }

        return new SqliteServices(host, directory, start, keep);
    }

    /// <summary>Stops the hosted services, giving in-flight work <paramref name="timeout"/> before it is cancelled.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await host.StopAsync(cts.Token);
    }

    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "flowstudio-infra-tests", Guid.NewGuid().ToString("N"));

    public async ValueTask DisposeAsync()
    {
        if (started)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await host.StopAsync(timeout.Token);
        }

        if (host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        if (keepDirectory)
        {
            return;
        }

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
