namespace FlowStudio.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
