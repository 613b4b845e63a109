using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.Salesforce.Data;

/// <summary>The Salesforce sandbox's own SQLite file (EnsureCreated; a reset drops and re-seeds it).</summary>
public sealed class SalesforceSandboxDbContext(DbContextOptions<SalesforceSandboxDbContext> options) : DbContext(options)
{
    public DbSet<SObjectRecord> Records => Set<SObjectRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<SObjectRecord>(record =>
        {
            record.HasKey(r => r.Id);
            record.HasIndex(r => r.Type);
        });
}
