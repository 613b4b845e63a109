using System.Data.Common;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Database;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public async Task Initialize_FreshDataDirectory_CreatesMigratedDatabaseFileInIt()
    {
        await using var services = await SqliteServices.StartAsync();
        await using var db = services.CreateDbContext();

        File.Exists(Path.Combine(services.DataDirectory, "flowstudio.db")).ShouldBeTrue();
        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Connections_AfterInitialize_UseWalAndConfiguredPragmas()
    {
        await using var services = await SqliteServices.StartAsync();
        await using var db = services.CreateDbContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();

        (await PragmaAsync(connection, "journal_mode")).ShouldBe("wal");
        (await PragmaAsync(connection, "foreign_keys")).ShouldBe("1");
        (await PragmaAsync(connection, "synchronous")).ShouldBe("1"); // NORMAL
        (await PragmaAsync(connection, "busy_timeout")).ShouldBe("5000");
        (await PragmaAsync(connection, "temp_store")).ShouldBe("2"); // MEMORY
    }

    [Fact]
    public async Task Initialize_SecondStart_IsIdempotent()
    {
        await using var services = await SqliteServices.StartAsync();

        var second = await services.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);

        second.AdminCreated.ShouldBeFalse();
        second.GeneratedPassword.ShouldBeNull();
        await using var db = services.CreateDbContext();
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    private static async Task<string> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
