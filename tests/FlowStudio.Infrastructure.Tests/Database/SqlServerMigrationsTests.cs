using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowStudio.Infrastructure.Tests.Database;

/// <summary>SQL Server has no engine here, but its migrations must still produce a script a DBA can run repeatedly.</summary>
public sealed class SqlServerMigrationsTests
{
    private static FlowStudioDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<FlowStudioDbContext>();
        InfrastructureServiceCollectionExtensions.Configure(
            options, new DatabaseOptions(DatabaseProvider.SqlServer, "Server=unused;Database=FlowStudio;Connect Timeout=1", "."));
        return new FlowStudioDbContext(options.Options);
    }

    [Fact]
    public void GenerateScript_Idempotent_GuardsEveryMigrationWithoutAServer()
    {
        using var db = CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        migrations.ShouldNotBeEmpty();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldContain("CREATE TABLE [AspNetUsers]");
        script.ShouldContain("CREATE TABLE [AuditEntries]");
        script.ShouldContain("CREATE TABLE [DataProtectionKeys]");
        script.ShouldContain("[OccurredAt] datetimeoffset NOT NULL");
        foreach (var migration in migrations)
        {
            script.ShouldContain($"WHERE [MigrationId] = N'{migration}'");
        }
    }

    [Fact]
    public void Model_SqlServer_HasNoPendingModelChanges()
    {
        using var db = CreateContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/add-migration.sh after changing the model");
    }

    [Fact]
    public void Model_Sqlite_HasNoPendingModelChanges()
    {
        var options = new DbContextOptionsBuilder<FlowStudioDbContext>();
        InfrastructureServiceCollectionExtensions.Configure(options, new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=:memory:", "."));
        using var db = new FlowStudioDbContext(options.Options);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/add-migration.sh after changing the model");
    }
}
