using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Triggers.Inbox;

internal sealed class InboxEntryConfiguration : IEntityTypeConfiguration<InboxEntryEntity>
{
    public void Configure(EntityTypeBuilder<InboxEntryEntity> builder)
    {
        builder.ToTable("TriggerInbox");
        builder.Property(e => e.NodeId).HasMaxLength(100);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.EventKey).HasMaxLength(300);
        builder.Property(e => e.UniqueKey).HasMaxLength(400);
        builder.Property(e => e.EventType).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.ContentType).HasMaxLength(200);
        builder.Property(e => e.RedeliveredBy).HasMaxLength(256);

        // The duplicate check: one verified copy per event and flow (nulls, i.e. duplicates and rejections, repeat freely).
        builder.HasIndex(e => new { e.FlowId, e.UniqueKey }).IsUnique();
        builder.HasIndex(e => e.ReceivedAt);
        builder.HasIndex(e => new { e.Status, e.ReceivedAt });
        builder.HasIndex(e => new { e.FlowId, e.ReceivedAt });
    }
}
