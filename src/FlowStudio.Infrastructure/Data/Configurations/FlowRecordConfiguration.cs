using FlowStudio.Infrastructure.Flows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Data.Configurations;

internal sealed class FlowRecordConfiguration : IEntityTypeConfiguration<FlowRecord>
{
    public void Configure(EntityTypeBuilder<FlowRecord> builder)
    {
        builder.ToTable("Flows");
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Description).HasMaxLength(2000);
        builder.Property(f => f.Tags).HasMaxLength(1000);
        builder.Property(f => f.OwnerId).HasMaxLength(450);
        builder.Property(f => f.Revision).IsConcurrencyToken();
        builder.HasIndex(f => f.Name);
        builder.HasIndex(f => f.UpdatedAt);
        builder.HasMany(f => f.Versions).WithOne().HasForeignKey(v => v.FlowId).OnDelete(DeleteBehavior.Cascade);
    }
}
