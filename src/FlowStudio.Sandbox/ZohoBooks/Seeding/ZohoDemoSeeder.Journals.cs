using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Journals;

namespace FlowStudio.Sandbox.ZohoBooks.Seeding;

public sealed partial class ZohoDemoSeeder
{
    private void SeedJournals()
    {
        for (var i = 0; i < 6; i++)
        {
            var date = today.AddDays(-30 * i);
            var amount = Money.Round(Between(10000, 500000) / 100m);
            var (debit, credit) = i % 2 == 0 ? ("Rent Expense", "Business Checking") : ("Prepaid Expenses", "Company Credit Card");
            db.Journals.Add(new Journal
            {
                Id = NextId(),
                EntryNumber = Next("journal").ToString(CultureInfo.InvariantCulture),
                JournalDate = date,
                ReferenceNumber = $"JE-{i + 1:D3}",
                Notes = "Monthly adjustment",
                Total = amount,
                LineItems =
                [
                    Line(debit, "debit", amount),
                    Line(credit, "credit", amount),
                ],
                CreatedTime = Stamp(date),
            });
        }
    }

    private JournalLine Line(string account, string side, decimal amount) => new()
    {
        LineId = ZohoJson.Id(NextId()),
        AccountId = ZohoJson.Id(accounts[account].Id),
        AccountName = account,
        DebitOrCredit = side,
        Amount = amount,
    };
}
