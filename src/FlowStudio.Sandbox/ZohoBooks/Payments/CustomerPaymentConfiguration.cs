using FlowStudio.Sandbox.ZohoBooks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Sandbox.ZohoBooks.Payments;

public sealed class CustomerPaymentConfiguration : IEntityTypeConfiguration<CustomerPayment>
{
    public void Configure(EntityTypeBuilder<CustomerPayment> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.CustomerId);
        builder.Property(p => p.Invoices).HasJsonConversion();
    }
}
