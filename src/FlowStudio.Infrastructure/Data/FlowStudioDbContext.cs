using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Infrastructure.Lookups;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Data;

/// <summary>
/// The one context: Identity, audit log, Data Protection keys, flows, runs and connections (later: inbox, reviews).
/// Migrations live in one project per provider; add one to both with
/// <c>scripts/add-migration.sh &lt;Name&gt;</c>, which runs
/// <c>dotnet ef migrations add &lt;Name&gt; --project src/FlowStudio.Migrations.Sqlite --startup-project src/FlowStudio.Migrations.Sqlite</c>
/// and the same for <c>FlowStudio.Migrations.SqlServer</c>.
/// </summary>
public sealed class FlowStudioDbContext(DbContextOptions<FlowStudioDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ConnectionRecord> Connections => Set<ConnectionRecord>();
    public DbSet<LookupTableRecord> LookupTables => Set<LookupTableRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FlowStudioDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite has no date-time-with-offset type and cannot order or compare the text EF would store,
        // so instants are kept as UTC ticks there; SQL Server keeps its native datetimeoffset.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
    }
}
