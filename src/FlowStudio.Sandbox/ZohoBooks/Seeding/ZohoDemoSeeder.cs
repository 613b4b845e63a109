using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Items;
using FlowStudio.Sandbox.ZohoBooks.Taxes;

namespace FlowStudio.Sandbox.ZohoBooks.Seeding;

/// <summary>
/// Builds the deterministic demo organisation: the same seed gives the same rows every reset. Dates are
/// relative to "today" so every aging bucket stays populated whenever the sandbox is reset.
/// </summary>
public sealed partial class ZohoDemoSeeder(ZohoSandboxDbContext db, int seed, DateOnly today, DateTimeOffset now)
{
    // Demo data needs reproducibility, not unpredictability.
#pragma warning disable CA5394
    private readonly Random random = new(seed);
    private readonly Dictionary<string, long> sequences = new(StringComparer.Ordinal);
    private readonly List<Contact> customers = [];
    private readonly List<Contact> vendors = [];
    private readonly List<Tax> taxes = [];
    private readonly List<Item> items = [];

    public void Seed()
    {
        SeedTaxes();
        SeedAccounts();
        SeedItems();
        SeedCustomers();
        SeedVendors();
        SeedInvoices();
        SeedSalesDocuments();
        SeedPurchases();
        SeedJournals();
        foreach (var (name, value) in sequences)
        {
            db.Sequences.Add(new Sequence { Name = name, Value = value });
        }
    }

    private long NextId() => ZohoIds.Base + Next("id");

    private long Next(string name)
    {
        sequences[name] = sequences.GetValueOrDefault(name) + 1;
        return sequences[name];
    }

    private int Between(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    private T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

    private static DateTimeOffset Stamp(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private List<LineItem> Lines(int count)
    {
        var lines = new List<LineItem>();
        for (var i = 0; i < count; i++)
        {
            var item = Pick(items);
            var tax = random.Next(3) == 0 ? Pick(taxes) : null;
            lines.Add(new LineItem
            {
                LineItemId = ZohoJson.Id(NextId()),
                ItemId = ZohoJson.Id(item.Id),
                Name = item.Name,
                Description = item.Description,
                Rate = item.Rate,
                Quantity = Between(1, 10),
                TaxId = tax is null ? null : ZohoJson.Id(tax.Id),
                TaxName = tax?.TaxName,
                TaxPercentage = tax?.TaxPercentage,
                ItemOrder = i + 1,
            });
        }

        return lines;
    }

    private static void Total(TransactionDocument document, List<LineItem> lines)
    {
        decimal sub = 0m, tax = 0m;
        foreach (var line in lines)
        {
            line.ItemTotal = Money.Round(line.Rate!.Value * line.Quantity!.Value);
            sub += line.ItemTotal;
            tax += Money.Round(line.ItemTotal * (line.TaxPercentage ?? 0m) / 100m);
        }

        document.LineItems = lines;
        document.SubTotal = sub;
        document.TaxTotal = tax;
        document.Total = sub + tax;
    }
#pragma warning restore CA5394
}
