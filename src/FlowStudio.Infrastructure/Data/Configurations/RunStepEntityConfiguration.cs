using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Data.Configurations;

internal sealed class RunStepEntityConfiguration : IEntityTypeConfiguration<RunStepEntity>
{
    public void Configure(EntityTypeBuilder<RunStepEntity> builder)
    {
        builder.ToTable("RunSteps");

        // Iteration path before node id: dropping a finished for-each item's steps is a key-range delete.
        // 16 + 2 × (300 + 100) bytes stays under SQL Server's 900-byte clustered key limit.
        builder.HasKey(s => new { s.RunId, s.IterationPath, s.NodeId });
        builder.Property(s => s.IterationPath).HasMaxLength(300);
        builder.Property(s => s.NodeId).HasMaxLength(100);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Port).HasMaxLength(100);
        builder.Property(s => s.ErrorMessage).HasMaxLength(2000);
        builder.Property(s => s.ErrorCode).HasMaxLength(100);
        builder.Property(s => s.ErrorRetryAfter).HasConversion<long?>();
        builder.Property(s => s.Duration).HasConversion<long?>();
        builder.Property(s => s.BookmarkId).HasMaxLength(440);
        builder.HasOne<RunEntity>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
