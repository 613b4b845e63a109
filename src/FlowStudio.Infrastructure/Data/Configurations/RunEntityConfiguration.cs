using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Data.Configurations;

internal sealed class RunEntityConfiguration : IEntityTypeConfiguration<RunEntity>
{
    public void Configure(EntityTypeBuilder<RunEntity> builder)
    {
        builder.ToTable("Runs");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Correlation).HasMaxLength(200);
        builder.Property(r => r.ErrorMessage).HasMaxLength(2000);
        builder.Property(r => r.ErrorCode).HasMaxLength(100);
        builder.Property(r => r.LeaseOwner).HasMaxLength(200);
        builder.Property(r => r.StartedBy).HasMaxLength(256);

        // Claiming reads the oldest ready runs; listing filters by flow, status and time.
        builder.HasIndex(r => r.ReadyAt);
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasIndex(r => new { r.FlowId, r.CreatedAt });
        builder.HasIndex(r => r.CreatedAt);
        builder.HasIndex(r => r.Correlation);
    }
}
