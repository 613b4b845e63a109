using System.Net;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

public sealed class ReportTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static readonly string[] Buckets = ["current", "days_1-15", "days_16-30", "days_31-45", "above_45"];

    [Fact]
    public async Task ArAgingSummary_Buckets_SumToTheOutstandingInvoiceTotal()
    {
        var response = await sandbox.Api.GetAsync("reports/aragingsummary");
        var unpaid = await sandbox.Api.ListAllAsync("invoices", "invoices", "status=unpaid");
        var report = response["aragingsummary"];
        var totals = report["totals"]!;

        response.Status.ShouldBe(HttpStatusCode.OK);
        report["columns"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(Buckets);
        Buckets.Sum(b => totals[b]!.GetValue<decimal>()).ShouldBe(totals["total"]!.GetValue<decimal>());
        totals["total"]!.GetValue<decimal>().ShouldBe(unpaid.Sum(i => i["balance"]!.GetValue<decimal>()));
        foreach (var bucket in Buckets)
        {
            totals[bucket]!.GetValue<decimal>().ShouldBeGreaterThan(0m, bucket);
        }

        foreach (var row in report["customers"]!.AsArray())
        {
            Buckets.Sum(b => row![b]!.GetValue<decimal>()).ShouldBe(row!["total"]!.GetValue<decimal>());
        }
    }

    [Fact]
    public async Task ArAgingDetails_EachInvoice_SitsInTheBucketOfItsDaysPastDue()
    {
        var rows = await sandbox.Api.ListAllAsync("reports/aragingdetails", "aragingdetails");

        rows.ShouldNotBeEmpty();
        foreach (var row in rows)
        {
            var days = row["days_overdue"]!.GetValue<int>();
            var expected = days switch { <= 0 => "current", <= 15 => "days_1-15", <= 30 => "days_16-30", <= 45 => "days_31-45", _ => "above_45" };
            row["aging_bucket"]!.GetValue<string>().ShouldBe(expected);
        }
    }

    [Fact]
    public async Task PeriodTotals_FromListFilters_MatchTheSeededTransactions()
    {
        var from = sandbox.Clock.Today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var invoiced = await sandbox.Api.ListAllAsync("invoices", "invoices", $"date_start={from}");
        var received = await sandbox.Api.ListAllAsync("customerpayments", "customerpayments", $"date_start={from}");
        var outstandingBills = await sandbox.Api.ListAllAsync("bills", "bills", "status=unpaid");
        var expenses = await sandbox.Api.ListAllAsync("expenses", "expenses", $"date_start={from}");

        invoiced.ShouldNotBeEmpty();
        received.ShouldNotBeEmpty();
        outstandingBills.ShouldAllBe(b => b["balance"]!.GetValue<decimal>() > 0m);
        outstandingBills.Select(b => b["status"]!.GetValue<string>()).Distinct().ShouldBeSubsetOf(["open", "overdue", "partially_paid"]);
        expenses.ShouldAllBe(e => string.CompareOrdinal(e["date"]!.GetValue<string>(), from) >= 0);
    }
}
