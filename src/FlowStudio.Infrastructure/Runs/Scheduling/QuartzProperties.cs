using FlowStudio.Infrastructure.Database;
using Microsoft.Extensions.Configuration;

namespace FlowStudio.Infrastructure.Runs.Scheduling;

/// <summary>
/// Quartz's flat configuration for the chosen database. SQLite (one node): the RAM job store, whose
/// triggers <see cref="RunTimers"/> restores from the runs table at start-up. SQL Server (many nodes):
/// the ADO.NET job store in the FlowStudio database, clustered, so a timer fires on exactly one node
/// and a dead node's timers are taken over. Keys under <c>Quartz</c> in configuration override these.
/// See docs/adr/0013-durable-runs.md.
/// </summary>
public static class QuartzProperties
{
    public const string Section = "Quartz";
    public const string DataSourceName = "flowstudio";

    public static IReadOnlyDictionary<string, string?> For(DatabaseOptions database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(configuration);
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["quartz.scheduler.instanceName"] = "FlowStudio",
        };
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            var migrate = configuration.GetValue("Database:MigrateOnStartup", false);
            properties["quartz.scheduler.instanceId"] = "AUTO";
            properties["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz";
            properties["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.SqlServerDelegate, Quartz";
            properties["quartz.jobStore.dataSource"] = DataSourceName;
            properties["quartz.jobStore.tablePrefix"] = "QRTZ_";
            properties["quartz.jobStore.clustered"] = "true";
            properties["quartz.jobStore.clusterCheckinInterval"] = "15000";
            properties["quartz.jobStore.useProperties"] = "true";
            properties["quartz.jobStore.schemaProvisioning"] = migrate ? "CreateIfMissing" : "Validate";
            properties[$"quartz.dataSource.{DataSourceName}.provider"] = "SqlServer";
            properties[$"quartz.dataSource.{DataSourceName}.connectionString"] = database.ConnectionString;
        }
        else
        {
            properties["quartz.jobStore.type"] = "Quartz.Impl.RAMJobStore, Quartz";
        }

        foreach (var setting in configuration.GetSection(Section).AsEnumerable(makePathsRelative: true).Where(s => s.Value is not null))
        {
            properties[setting.Key] = setting.Value;
        }
        return properties;
    }
}
