using FlowStudio.Infrastructure.Flows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Data.Configurations;

internal sealed class FlowVersionRecordConfiguration : IEntityTypeConfiguration<FlowVersionRecord>
{
    public void Configure(EntityTypeBuilder<FlowVersionRecord> builder)
    {
        builder.ToTable("FlowVersions");
        builder.HasKey(v => new { v.FlowId, v.Number });
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.Property(v => v.PublishedBy).HasMaxLength(256);
    }
}
