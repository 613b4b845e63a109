using FlowStudio.Infrastructure.Database;
using Microsoft.Extensions.Configuration;

namespace FlowStudio.Infrastructure.Tests.Database;

public sealed class DatabaseOptionsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void FromConfiguration_Nothing_DefaultsToSqliteInDataFolder()
    {
        var options = DatabaseOptions.FromConfiguration(Config(), "/srv/app");

        options.Provider.ShouldBe(DatabaseProvider.Sqlite);
        options.DataDirectory.ShouldBe(Path.GetFullPath("/srv/app/data"));
        options.ConnectionString.ShouldBe($"Data Source={Path.GetFullPath("/srv/app/data/flowstudio.db")}");
    }

    [Fact]
    public void FromConfiguration_DataDirectory_MovesTheSqliteFile()
    {
        var options = DatabaseOptions.FromConfiguration(Config(("Storage:DataDirectory", "/var/lib/flowstudio")), "/srv/app");

        options.ConnectionString.ShouldBe("Data Source=/var/lib/flowstudio/flowstudio.db");
    }

    [Fact]
    public void FromConfiguration_SqlServerWithConnectionString_UsesIt()
    {
        var options = DatabaseOptions.FromConfiguration(
            Config(("Database:Provider", "sqlserver"), ("ConnectionStrings:FlowStudio", "Server=db;Database=fs")), "/srv/app");

        options.Provider.ShouldBe(DatabaseProvider.SqlServer);
        options.ConnectionString.ShouldBe("Server=db;Database=fs");
    }

    [Fact]
    public void FromConfiguration_SqlServerWithoutConnectionString_ExplainsWhatIsMissing()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            DatabaseOptions.FromConfiguration(Config(("Database:Provider", "SqlServer")), "/srv/app"));

        error.Message.ShouldContain("ConnectionStrings:FlowStudio");
    }

    [Fact]
    public void FromConfiguration_UnknownProvider_NamesTheValueAndTheChoices()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            DatabaseOptions.FromConfiguration(Config(("Database:Provider", "Postgres")), "/srv/app"));

        error.Message.ShouldContain("'Postgres'");
        error.Message.ShouldContain("'Sqlite' or 'SqlServer'");
    }
}
