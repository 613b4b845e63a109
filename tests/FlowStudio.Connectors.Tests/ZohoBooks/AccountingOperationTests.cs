using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Errors;
using FlowStudio.Connectors.ZohoBooks.Models;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class AccountingOperationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lists_OrganizationsAccountsItemsTaxes_ReturnTheDemoOrganisation()
    {
        var client = fixture.Harness.Client;

        var organizations = await client.ListOrganizationsAsync(Ct);
        var accounts = await client.ListAccountsAsync(Ct).ToListAsync(Ct);
        var items = await client.ListItemsAsync(Ct).ToListAsync(Ct);
        var taxes = await client.ListTaxesAsync(Ct).ToListAsync(Ct);

        organizations.Single().OrganizationId.ShouldBe(ZohoSandboxDemo.OrganizationId);
        accounts.ShouldContain(a => a.AccountType == "accounts_receivable");
        items.ShouldContain(i => i.Rate == 875.50m);
        taxes.ShouldContain(t => t.TaxPercentage == 8.25m);
    }

    [Fact]
    public async Task Journal_BalancedCreateIsIdempotent_UnbalancedIsABusinessRuleError()
    {
        var client = fixture.Harness.Client;
        var cash = await SandboxData.AccountAsync(client, "cash");
        var expense = await SandboxData.AccountAsync(client, "expense");
        ZohoJournalInput Journal(decimal credit) => new()
        {
            JournalDate = new DateOnly(2025, 6, 5),
            Notes = "Accrual",
            LineItems =
            [
                new ZohoJournalLine { AccountId = expense.AccountId, DebitOrCredit = "debit", Amount = 100.01m },
                new ZohoJournalLine { AccountId = cash.AccountId, DebitOrCredit = "credit", Amount = credit },
            ],
        };

        var journal = await client.CreateJournalAsync(Journal(100.01m), "run-10/journal/0", Ct);
        var again = await client.CreateJournalAsync(Journal(100.01m), "run-10/journal/0", Ct);
        var listed = await client.ListJournalsAsync(cancellationToken: Ct).ToListAsync(Ct);
        var error = await Should.ThrowAsync<ZohoBooksBusinessRuleException>(() => client.CreateJournalAsync(Journal(99m), cancellationToken: Ct));

        again.JournalId.ShouldBe(journal.JournalId);
        journal.Total.ShouldBe(100.01m);
        listed.Count(j => j.JournalId == journal.JournalId).ShouldBe(1);
        error.Code.ShouldBe(ZohoErrorCodes.JournalNotBalanced);
    }

    [Fact]
    public async Task ArAging_SummaryAndDetails_AgreeAndFillEveryBucket()
    {
        var client = fixture.Harness.Client;

        var summary = await client.GetArAgingSummaryAsync(cancellationToken: Ct);
        var details = await client.ListArAgingDetailsAsync(cancellationToken: Ct).ToListAsync(Ct);

        summary.Columns.ShouldBe(["current", "days_1-15", "days_16-30", "days_31-45", "above_45"]);
        summary.Columns.ShouldAllBe(c => summary.Totals[c] > 0m);
        summary.Totals["total"].ShouldBe(details.Sum(d => d.Balance));
        summary.Customers.Sum(c => c.Total).ShouldBe(summary.Totals["total"]);
        details.Select(d => d.AgingBucket).Distinct().Count().ShouldBe(5);
    }

    [Fact]
    public async Task ArAging_CustomBuckets_FollowTheQuery()
    {
        var summary = await fixture.Harness.Client.GetArAgingSummaryAsync(new ZohoArAgingQuery { IntervalRange = 30, NumberOfColumns = 3 }, Ct);

        summary.Columns.ShouldBe(["current", "days_1-30", "days_31-60", "above_60"]);
    }
}
