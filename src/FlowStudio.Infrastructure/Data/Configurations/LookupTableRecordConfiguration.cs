using FlowStudio.Infrastructure.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Data.Configurations;

internal sealed class LookupTableRecordConfiguration : IEntityTypeConfiguration<LookupTableRecord>
{
    public void Configure(EntityTypeBuilder<LookupTableRecord> builder)
    {
        builder.ToTable("LookupTables");
        builder.Property(t => t.Name).HasMaxLength(LookupTableRules.MaxNameLength);
        builder.Property(t => t.NormalizedName).HasMaxLength(LookupTableRules.MaxNameLength);
        builder.Property(t => t.Description).HasMaxLength(2000);
        builder.Property(t => t.KeyColumn).HasMaxLength(200);
        builder.Property(t => t.DefaultValue).HasMaxLength(2000);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.HasIndex(t => t.NormalizedName).IsUnique();
    }
}
