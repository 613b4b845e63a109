using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Database;

/// <summary>
/// Brings the database to the current schema and seeds identity. SQLite is always migrated on start-up;
/// SQL Server only when <c>Database:MigrateOnStartup</c> is true (production applies the idempotent script).
/// </summary>
public sealed class DatabaseInitializer(
    IServiceProvider services,
    DatabaseOptions options,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger)
{
    public async Task<BootstrapResult> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowStudioDbContext>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(options.DataDirectory);
            EnsureSqliteDirectory(db);
            await db.Database.MigrateAsync(cancellationToken);
            // WAL is a property of the database file, so setting it once here covers every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
        else if (configuration.GetValue("Database:MigrateOnStartup", false))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database is missing migrations {string.Join(", ", pending)}; apply the script from scripts/sqlserver-migrations.sh or set Database:MigrateOnStartup=true.");
        }

        var result = await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(cancellationToken);
        logger.LogInformation(
            "Database ready ({Provider}); admin {AdminEmail} {AdminState}; {DemoUsers} demo users created",
            options.Provider, result.AdminEmail, result.AdminCreated ? "created" : "exists", result.DemoUsersCreated);
        return result;
    }

    private static void EnsureSqliteDirectory(FlowStudioDbContext db)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
