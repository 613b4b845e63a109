using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Invoices;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

/// <summary>Receivable balances and unused credits per customer, derived from invoices and credit notes.</summary>
public sealed class ContactBalances
{
    private readonly Dictionary<long, decimal> outstanding;
    private readonly Dictionary<long, decimal> credits;

    private ContactBalances(Dictionary<long, decimal> outstanding, Dictionary<long, decimal> credits)
    {
        this.outstanding = outstanding;
        this.credits = credits;
    }

    public decimal Outstanding(long contactId) => outstanding.GetValueOrDefault(contactId);

    public decimal UnusedCredits(long contactId) => credits.GetValueOrDefault(contactId);

    public static async Task<ContactBalances> LoadAsync(ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.Status == "sent").ToListAsync(cancellationToken);
        var notes = await db.CreditNotes.AsNoTracking().Where(c => c.Status == "open").ToListAsync(cancellationToken);
        return new ContactBalances(
            invoices.Where(InvoiceStatus.IsOutstanding).GroupBy(i => i.ContactId).ToDictionary(g => g.Key, g => g.Sum(i => i.Balance)),
            notes.GroupBy(n => n.ContactId).ToDictionary(g => g.Key, g => g.Sum(n => n.Balance)));
    }
}
