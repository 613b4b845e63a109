using FlowStudio.Sandbox.ZohoBooks.Accounts;
using FlowStudio.Sandbox.ZohoBooks.Auth;
using FlowStudio.Sandbox.ZohoBooks.Bills;
using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.CreditNotes;
using FlowStudio.Sandbox.ZohoBooks.Estimates;
using FlowStudio.Sandbox.ZohoBooks.Expenses;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Invoices;
using FlowStudio.Sandbox.ZohoBooks.Items;
using FlowStudio.Sandbox.ZohoBooks.Journals;
using FlowStudio.Sandbox.ZohoBooks.Payments;
using FlowStudio.Sandbox.ZohoBooks.PurchaseOrders;
using FlowStudio.Sandbox.ZohoBooks.SalesOrders;
using FlowStudio.Sandbox.ZohoBooks.SalesReceipts;
using FlowStudio.Sandbox.ZohoBooks.Taxes;
using FlowStudio.Sandbox.ZohoBooks.VendorPayments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FlowStudio.Sandbox.ZohoBooks.Data;

/// <summary>
/// The Zoho Books sandbox's own state. The schema is created with EnsureCreated rather than migrations:
/// the data is disposable demo state that a reset drops and re-seeds, so after a schema change the fix is
/// a reset (or deleting the file), and there is no history worth migrating.
/// </summary>
public sealed class ZohoSandboxDbContext(DbContextOptions<ZohoSandboxDbContext> options) : DbContext(options)
{
    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<CustomerPayment> CustomerPayments => Set<CustomerPayment>();

    public DbSet<SalesReceipt> SalesReceipts => Set<SalesReceipt>();

    public DbSet<Estimate> Estimates => Set<Estimate>();

    public DbSet<SalesOrder> SalesOrders => Set<SalesOrder>();

    public DbSet<Bill> Bills => Set<Bill>();

    public DbSet<VendorPayment> VendorPayments => Set<VendorPayment>();

    public DbSet<Expense> Expenses => Set<Expense>();

    public DbSet<CreditNote> CreditNotes => Set<CreditNote>();

    public DbSet<PurchaseOrder> PurchaseOrders => Set<PurchaseOrder>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<Tax> Taxes => Set<Tax>();

    public DbSet<Journal> Journals => Set<Journal>();

    public DbSet<OAuthGrant> OAuthGrants => Set<OAuthGrant>();

    public DbSet<Sequence> Sequences => Set<Sequence>();

    public async Task<long> NextAsync(string name, CancellationToken cancellationToken)
    {
        var sequence = await Sequences.FindAsync([name], cancellationToken);
        if (sequence is null)
        {
            sequence = new Sequence { Name = name };
            Sequences.Add(sequence);
        }

        sequence.Value++;
        return sequence.Value;
    }

    public async Task<long> NextIdAsync(CancellationToken cancellationToken) => ZohoIds.Base + await NextAsync("id", cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(ZohoSandboxDbContext).Assembly,
            type => type.Namespace?.StartsWith("FlowStudio.Sandbox.ZohoBooks", StringComparison.Ordinal) == true);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.FindProperty("Id")?.ValueGenerated = ValueGenerated.Never;
        }
    }
}
