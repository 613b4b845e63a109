using FlowStudio.Sandbox.ZohoBooks.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Sandbox.ZohoBooks.CreditNotes;

public sealed class CreditNoteConfiguration : TransactionDocumentConfiguration<CreditNote>
{
    public override void Configure(EntityTypeBuilder<CreditNote> builder)
    {
        base.Configure(builder);
        builder.Property(c => c.Invoices).HasJsonConversion();
    }
}
