using FlowStudio.Infrastructure.Connections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Infrastructure.Data.Configurations;

internal sealed class ConnectionRecordConfiguration : IEntityTypeConfiguration<ConnectionRecord>
{
    public void Configure(EntityTypeBuilder<ConnectionRecord> builder)
    {
        builder.ToTable("Connections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(32);
        builder.Property(c => c.Name).HasMaxLength(ConnectionFieldValidator.MaxNameLength);
        builder.Property(c => c.NormalizedName).HasMaxLength(ConnectionFieldValidator.MaxNameLength);
        builder.Property(c => c.Connector).HasMaxLength(100);
        builder.Property(c => c.SecretKeys).HasMaxLength(1000);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
        builder.Property(c => c.LastTestMessage).HasMaxLength(1000);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasIndex(c => c.NormalizedName).IsUnique();
        builder.HasIndex(c => c.Connector);
    }
}
