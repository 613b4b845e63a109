using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Data.Configurations;

internal sealed class RunLoopItemEntityConfiguration : IEntityTypeConfiguration<RunLoopItemEntity>
{
    public void Configure(EntityTypeBuilder<RunLoopItemEntity> builder)
    {
        builder.ToTable("RunLoopItems");
        builder.HasKey(i => new { i.RunId, i.LoopKey, i.Index });
        builder.Property(i => i.LoopKey).HasMaxLength(420);
        builder.HasOne<RunEntity>().WithMany().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
