using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Data.Configurations;

internal sealed class RunBookmarkEntityConfiguration : IEntityTypeConfiguration<RunBookmarkEntity>
{
    public void Configure(EntityTypeBuilder<RunBookmarkEntity> builder)
    {
        builder.ToTable("RunBookmarks");
        builder.Property(b => b.Id).HasMaxLength(440);
        builder.Property(b => b.NodeId).HasMaxLength(100);
        builder.Property(b => b.IterationPath).HasMaxLength(300);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.LookupKey).HasMaxLength(300);
        builder.Property(b => b.Outcome).HasMaxLength(50);
        builder.Property(b => b.ResolvedBy).HasMaxLength(256);
        builder.Property(b => b.Comment).HasMaxLength(2000);

        // A resume is a lookup: by id, by kind and key (an event, a review item), or by due time.
        builder.HasIndex(b => new { b.Kind, b.LookupKey });
        builder.HasIndex(b => b.RunId);
        builder.HasIndex(b => b.DueAt);
        builder.HasOne<RunEntity>().WithMany().HasForeignKey(b => b.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
