using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Flows;

internal sealed class FlowRevisionRecordConfiguration : IEntityTypeConfiguration<FlowRevisionRecord>
{
    public void Configure(EntityTypeBuilder<FlowRevisionRecord> builder)
    {
        builder.ToTable("FlowRevisions");
        builder.HasKey(r => new { r.FlowId, r.Revision });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Author).HasMaxLength(256);
        builder.Property(r => r.Comment).HasMaxLength(500);
        builder.HasOne<FlowRecord>().WithMany().HasForeignKey(r => r.FlowId).OnDelete(DeleteBehavior.Cascade);
    }
}
