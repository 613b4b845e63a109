using Microsoft.Extensions.Configuration;

namespace FlowStudio.Infrastructure.Database;

/// <summary>Where the data lives, read from <c>Database:Provider</c>, <c>ConnectionStrings:FlowStudio</c> and <c>Storage:DataDirectory</c>.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public const string ConnectionStringName = "FlowStudio";

    public static DatabaseOptions FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; expected 'Sqlite' or 'SqlServer'.");
        }

        var dataDirectory = Path.GetFullPath(configuration["Storage:DataDirectory"] is { Length: > 0 } configured
            ? configured
            : "data", contentRoot);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is 'SqlServer' but ConnectionStrings:FlowStudio is empty; set it (e.g. ConnectionStrings__FlowStudio).");
        }

        connectionString = string.IsNullOrWhiteSpace(connectionString)
            ? $"Data Source={Path.Combine(dataDirectory, "flowstudio.db")}"
            : connectionString;
        return new DatabaseOptions(provider, connectionString, dataDirectory);
    }
}
