using FlowStudio.Sandbox.ZohoBooks.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Sandbox.ZohoBooks.Data;

public abstract class TransactionDocumentConfiguration<T> : IEntityTypeConfiguration<T>
    where T : TransactionDocument
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => d.ContactId);
        builder.Property(d => d.LineItems).HasJsonConversion();
        builder.Property(d => d.CustomFields).HasJsonConversion();
    }
}
