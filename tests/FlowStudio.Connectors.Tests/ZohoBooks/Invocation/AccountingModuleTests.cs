using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>Organisations, chart of accounts, items, taxes, journals and AR aging through the module against the sandbox.</summary>
public sealed class AccountingModuleTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>
{
    private ZohoModuleHarness Harness => fixture.Harness;

    [Fact]
    public async Task ReferenceLists_ReturnTheirRecords()
    {
        var organizations = OutputShape.ShouldMatch(await Harness.OutputAsync("organizations.list", new { }), "organizations.list");
        var accounts = OutputShape.ShouldMatch(await Harness.OutputAsync("accounts.list", new { limit = 1000 }), "accounts.list");
        var items = OutputShape.ShouldMatch(await Harness.OutputAsync("items.list", new { }), "items.list");
        var taxes = OutputShape.ShouldMatch(await Harness.OutputAsync("taxes.list", new { }), "taxes.list");

        organizations.Single().GetProperty("organization_id").GetString().ShouldBe(ZohoSandboxDemo.OrganizationId);
        accounts.ShouldContain(a => a.GetProperty("account_type").GetString() == "accounts_receivable");
        items.ShouldNotBeEmpty();
        taxes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Journal_BalancedIsCreatedOnceUnbalancedIsRefused()
    {
        var accounts = OutputShape.ShouldMatch(await Harness.OutputAsync("accounts.list", new { limit = 1000 }), "accounts.list");
        var cash = accounts.First(a => a.GetProperty("account_type").GetString() is "cash" or "bank").GetProperty("account_id").GetString();
        var expense = accounts.First(a => a.GetProperty("account_type").GetString() == "expense").GetProperty("account_id").GetString();
        var lines = new object[]
        {
            new { account_id = expense, debit_or_credit = "debit", amount = "0.1" },
            new { account_id = expense, debit_or_credit = "debit", amount = 0.2m },
            new { account_id = cash, debit_or_credit = "credit", amount = "0.3" },
        };

        var journal = await Harness.OutputAsync("journals.create", new { journal_date = "2025-06-30", reference_number = "ACCR-6", line_items = lines }, "run-j/journal/0");
        var retried = await Harness.OutputAsync("journals.create", new { journal_date = "2025-06-30", reference_number = "ACCR-6", line_items = lines }, "run-j/journal/0");
        var listed = await Harness.OutputAsync("journals.list", new { date_start = "2025-06-30", date_end = "2025-06-30" });
        var unbalanced = await Harness.InvokeAsync("journals.create", new
        {
            journal_date = "2025-06-30",
            line_items = new[] { new { account_id = expense, debit_or_credit = "debit", amount = 1m }, new { account_id = cash, debit_or_credit = "credit", amount = 0.99m } },
        });

        OutputShape.ShouldMatch(journal, "journals.create");
        journal.GetProperty("total").GetDecimal().ShouldBe(0.3m);
        retried.GetProperty("journal_id").GetString().ShouldBe(journal.GetProperty("journal_id").GetString());
        OutputShape.ShouldMatch(listed, "journals.list").Count(j => j.GetProperty("journal_id").GetString() == journal.GetProperty("journal_id").GetString()).ShouldBe(1);
        unbalanced.Failure.ShouldNotBeNull().Code.ShouldBe("zoho.13004");
    }

    [Fact]
    public async Task ArAging_SummaryAndDetails_AgreeOnTheTotal()
    {
        var summary = await Harness.OutputAsync("reports.ar_aging_summary", new { date = "2025-12-31", interval_range = 15, number_of_columns = 4 });
        var details = await Harness.OutputAsync("reports.ar_aging_details", new { date = "2025-12-31", interval_range = "15", number_of_columns = 4, limit = 1000 });

        OutputShape.ShouldMatch(summary, "reports.ar_aging_summary");
        var rows = OutputShape.ShouldMatch(details, "reports.ar_aging_details");
        var columns = summary.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var customer = summary.GetProperty("customers")[0];
        columns.Sum(c => customer.GetProperty(c).GetDecimal()).ShouldBe(customer.GetProperty("total").GetDecimal());
        details.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        rows.Sum(r => r.GetProperty("balance").GetDecimal()).ShouldBe(summary.GetProperty("customers").EnumerateArray().Sum(c => c.GetProperty("total").GetDecimal()));
    }
}
