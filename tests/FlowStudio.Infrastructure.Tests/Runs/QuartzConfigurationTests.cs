using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Runs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>Quartz's configuration per provider. SQL Server has no engine here, so the clustered store is proven up to building the scheduler.</summary>
public sealed class QuartzConfigurationTests
{
    private const string SqlServer = "Server=127.0.0.1,1;Database=FlowStudio;Connect Timeout=1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IConfiguration Configuration(Dictionary<string, string?>? values = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(values ?? []).Build();

    [Fact]
    public void For_SqlServer_ClusteredAdoJobStoreInTheFlowStudioDatabase()
    {
        var properties = QuartzProperties.For(new DatabaseOptions(DatabaseProvider.SqlServer, SqlServer, "."), Configuration());

        properties["quartz.jobStore.type"].ShouldBe("Quartz.Impl.AdoJobStore.JobStoreTX, Quartz");
        properties["quartz.jobStore.driverDelegateType"].ShouldBe("Quartz.Impl.AdoJobStore.SqlServerDelegate, Quartz");
        properties["quartz.jobStore.clustered"].ShouldBe("true");
        properties["quartz.scheduler.instanceId"].ShouldBe("AUTO");
        properties["quartz.jobStore.tablePrefix"].ShouldBe("QRTZ_");
        properties["quartz.jobStore.schemaProvisioning"].ShouldBe("Validate", "DBAs apply Quartz's schema script, as they do ours");
        properties["quartz.dataSource.flowstudio.provider"].ShouldBe("SqlServer");
        properties["quartz.dataSource.flowstudio.connectionString"].ShouldBe(SqlServer);
    }

    [Fact]
    public void For_SqlServerWithMigrateOnStartup_CreatesQuartzTablesWhenMissing()
    {
        var properties = QuartzProperties.For(
            new DatabaseOptions(DatabaseProvider.SqlServer, SqlServer, "."),
            Configuration(new() { ["Database:MigrateOnStartup"] = "true" }));

        properties["quartz.jobStore.schemaProvisioning"].ShouldBe("CreateIfMissing");
    }

    [Fact]
    public void For_Sqlite_RamJobStoreAndConfigurationOverrides()
    {
        var properties = QuartzProperties.For(
            new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=x.db", "."),
            Configuration(new() { ["Quartz:quartz.scheduler.instanceName"] = "Nightly" }));

        properties["quartz.jobStore.type"].ShouldBe("Quartz.Impl.RAMJobStore, Quartz");
        properties.ShouldNotContainKey("quartz.jobStore.clustered");
        properties["quartz.scheduler.instanceName"].ShouldBe("Nightly");
    }

    [Fact]
    public async Task Scheduler_FromSqlServerProperties_IsClusteredAndPersistent()
    {
        // Schema validation is the only step that needs the server; turned off, the scheduler builds here.
        var properties = QuartzProperties.For(
            new DatabaseOptions(DatabaseProvider.SqlServer, SqlServer, "."),
            Configuration(new() { ["Quartz:quartz.jobStore.schemaProvisioning"] = "None" }));
        await using var provider = Provider(properties);

        var metadata = await (await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct)).GetMetadata(Ct);

        metadata.JobStoreClustered.ShouldBeTrue();
        metadata.JobStorePersistent.ShouldBeTrue();
        metadata.SchedulerName.ShouldBe("FlowStudio");
        metadata.SchedulerInstanceId.ShouldNotBe("NON_CLUSTERED");
    }

    [Fact]
    public async Task Scheduler_SqlServerWithoutQuartzTables_RefusesToStartNamingTheScript()
    {
        await using var provider = Provider(QuartzProperties.For(new DatabaseOptions(DatabaseProvider.SqlServer, SqlServer, "."), Configuration()));

        var error = await Should.ThrowAsync<SchedulerException>(async () => await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct));

        error.Message.ShouldContain("tables_sqlServer.sql");
    }

    [Fact]
    public async Task Scheduler_FromSqliteProperties_IsInMemory()
    {
        await using var provider = Provider(QuartzProperties.For(new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=x.db", "."), Configuration()));

        var metadata = await (await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct)).GetMetadata(Ct);

        metadata.JobStorePersistent.ShouldBeFalse();
        metadata.JobStoreClustered.ShouldBeFalse();
    }

    private static ServiceProvider Provider(IReadOnlyDictionary<string, string?> properties)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddQuartz(properties);
        return services.BuildServiceProvider();
    }
}
