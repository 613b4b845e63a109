using FlowStudio.Sandbox.ZohoBooks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Sandbox.ZohoBooks.VendorPayments;

public sealed class VendorPaymentConfiguration : IEntityTypeConfiguration<VendorPayment>
{
    public void Configure(EntityTypeBuilder<VendorPayment> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Bills).HasJsonConversion();
    }
}
