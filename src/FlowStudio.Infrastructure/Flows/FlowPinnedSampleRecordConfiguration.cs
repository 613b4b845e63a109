using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Flows;

internal sealed class FlowPinnedSampleRecordConfiguration : IEntityTypeConfiguration<FlowPinnedSampleRecord>
{
    public void Configure(EntityTypeBuilder<FlowPinnedSampleRecord> builder)
    {
        builder.ToTable("FlowPinnedSamples");
        builder.HasKey(s => new { s.FlowId, s.NodeId });
        builder.Property(s => s.NodeId).HasMaxLength(200);
        builder.Property(s => s.PinnedBy).HasMaxLength(256);
        builder.HasOne<FlowRecord>().WithMany().HasForeignKey(s => s.FlowId).OnDelete(DeleteBehavior.Cascade);
    }
}
