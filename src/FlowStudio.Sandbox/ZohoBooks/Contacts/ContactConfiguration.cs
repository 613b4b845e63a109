using FlowStudio.Sandbox.ZohoBooks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.ContactName).IsUnique();
        builder.Property(c => c.BillingAddress).HasJsonConversion();
        builder.Property(c => c.ShippingAddress).HasJsonConversion();
        builder.Property(c => c.CustomFields).HasJsonConversion();
    }
}
