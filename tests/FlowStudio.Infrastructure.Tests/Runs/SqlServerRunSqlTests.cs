using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Runs.Workers;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>The run store's statements as SQL Server would get them, generated without a server.</summary>
public sealed class SqlServerRunSqlTests
{
    private static FlowStudioDbContext SqlServer()
    {
        var options = new DbContextOptionsBuilder<FlowStudioDbContext>();
        InfrastructureServiceCollectionExtensions.Configure(
            options, new DatabaseOptions(DatabaseProvider.SqlServer, "Server=unused;Database=FlowStudio;Connect Timeout=1", "."));
        return new FlowStudioDbContext(options.Options);
    }

    [Fact]
    public void HotStatements_SqlServer_UseItsQuotingAndReadTheVersionInTheInsert()
    {
        using var db = SqlServer();

        var statements = RunSql.For(db).Statements;

        statements[0].ShouldStartWith("INSERT INTO [Runs] ([Id], ");
        statements[1].ShouldContain("[FlowVersion], [LeaseExpiresAt]");
        statements[1].ShouldContain("@p7, [PublishedVersion], @p9");
        statements[1].ShouldEndWith("FROM [Flows] WHERE [Id] = @p7 AND [PublishedVersion] IS NOT NULL");
        statements[2].ShouldStartWith("INSERT INTO [RunSteps] (");
        statements[3].ShouldStartWith("UPDATE [RunSteps] SET [Attempt] = ");
        statements[3].ShouldEndWith("WHERE [RunId] = @p15 AND [IterationPath] = @p16 AND [NodeId] = @p17");
        statements[4].ShouldContain("WHERE [Id] = @id AND [Status] IN (@pending, @running, @waiting)");
        statements[5].ShouldContain("[ClaimCount] = [ClaimCount] + 1");
        statements.ShouldAllBe(s => !s.Contains('"'));
    }

    [Fact]
    public void ClaimQuery_SqlServer_TranslatesToTopOverTheReadyIndex()
    {
        using var db = SqlServer();

        var sql = RunClaims.Claimable(db.Set<RunEntity>(), DateTimeOffset.UnixEpoch).OrderBy(r => r.ReadyAt).Take(8).ToQueryString();

        sql.ShouldContain("SELECT TOP(@p)");
        sql.ShouldContain("[r].[ReadyAt] <= @now");
        sql.ShouldContain("ORDER BY [r].[ReadyAt]");
    }
}
