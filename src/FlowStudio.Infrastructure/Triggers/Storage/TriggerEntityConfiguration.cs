using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Triggers.Storage;

internal sealed class TriggerEntityConfiguration : IEntityTypeConfiguration<TriggerEntity>
{
    public void Configure(EntityTypeBuilder<TriggerEntity> builder)
    {
        builder.ToTable("Triggers");
        builder.HasKey(t => new { t.FlowId, t.NodeId });
        builder.Property(t => t.NodeId).HasMaxLength(100);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.HookKey).HasMaxLength(64);
        builder.Property(t => t.Watermark).HasMaxLength(200);
        builder.Property(t => t.LastError).HasMaxLength(2000);
        builder.HasIndex(t => t.HookKey).IsUnique();
        builder.HasIndex(t => new { t.Kind, t.Active });
    }
}
