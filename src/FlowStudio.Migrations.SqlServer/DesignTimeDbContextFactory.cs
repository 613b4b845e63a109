using FlowStudio.Infrastructure;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FlowStudio.Migrations.SqlServer;

/// <summary>Used by <c>dotnet ef</c> only; the connection is never opened when adding migrations or generating scripts.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FlowStudioDbContext>
{
    public FlowStudioDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FlowStudioDbContext>();
        InfrastructureServiceCollectionExtensions.Configure(
            options, new DatabaseOptions(DatabaseProvider.SqlServer, "Server=localhost;Database=FlowStudio;Trusted_Connection=True;TrustServerCertificate=True", "."));
        return new FlowStudioDbContext(options.Options);
    }
}
