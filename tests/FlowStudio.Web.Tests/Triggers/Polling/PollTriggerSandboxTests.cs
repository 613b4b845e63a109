using FlowStudio.Connectors.Ramp;
using FlowStudio.Sandbox.Coupa;
using FlowStudio.Sandbox.Ramp;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Triggers.Polling;

/// <summary>
/// Issue 6's polling triggers end to end: a published poll → map flow, polled by the real <c>Poller</c> through the real
/// connector against the app's own sandbox over HTTP. Each source: the first poll respects the watermark (or backfill),
/// a new or changed record starts exactly one run carrying the record, a repeat starts nothing, a later change starts a
/// new run, and the watermark survives a restart.
/// </summary>
public sealed class PollTriggerSandboxTests
{
    private static CancellationToken Ct => PollingApp.Ct;

    //  [poll: zoho-books.contacts.changed since {watermark}] ──► [map]
    [Fact]
    public async Task ZohoContactsChanged_NewAndChangedContacts_OneRunEach_WatermarkSurvivesRestart()
    {
        await using var app = PollingApp.Start();
        var zoho = await app.SandboxConnectionAsync("zoho-books");
        var flowId = await app.PublishPollAsync("Zoho contacts changed", new
        {
            connection = zoho, operation = "zoho-books.contacts.changed", interval = "PT5M",
            cursorField = "last_modified_time", idField = "contact_id", input = """{ "modified_after": "{watermark}" }""",
        });

        (await app.PollAsync(flowId)).Runs.ShouldBe(0); // no backfill: the seeded contacts are older than the activation

        var created = await app.InvokeAsync(zoho, "zoho-books.contacts.create", new { contact_name = $"Poll Test {Guid.NewGuid():N}", email = "ap@poll.example" });
        var contactId = created.GetProperty("contact_id").GetString()!;
        var afterCreate = await app.PollAsync(flowId);
        var repeat = await app.PollAsync(flowId);
        await PollingApp.NextSecondAsync();
        await app.InvokeAsync(zoho, "zoho-books.contacts.update", new { contact_id = contactId, email = "billing@poll.example" });
        var afterUpdate = await app.PollAsync(flowId);

        afterCreate.ShouldBe(afterCreate with { Runs = 1, Error = null });
        repeat.Runs.ShouldBe(0);
        afterUpdate.Runs.ShouldBe(1);
        var payloads = await app.RunPayloadsAsync(flowId);
        payloads.Select(p => p.GetProperty("contact_id").GetString()).ShouldBe([contactId, contactId]);
        payloads.Select(p => p.GetProperty("email").GetString()).ShouldBe(["ap@poll.example", "billing@poll.example"]);
        await AssertWatermarkSurvivesRestartAsync(app, flowId);
    }

    //  [poll: salesforce.query SOQL IsWon AND SystemModstamp >= {watermark}] ──► [map]
    [Fact]
    public async Task SalesforceClosedWon_BackfillThenWonAndChangedDeals_OneRunEach_WatermarkSurvivesRestart()
    {
        await using var app = PollingApp.Start();
        var salesforce = await app.SandboxConnectionAsync("salesforce");
        var flowId = await app.PublishPollAsync("Salesforce closed-won", new
        {
            connection = salesforce, operation = "salesforce.query", interval = "PT5M", cursorField = "SystemModstamp", idField = "Id",
            input = """{ "soql": "SELECT Id, Name, Amount, StageName, SystemModstamp FROM Opportunity WHERE IsWon = true AND SystemModstamp >= {watermark} ORDER BY SystemModstamp" }""",
            backfillFrom = "2020-01-01",
        });
        var seededWon = (await app.InvokeAsync(salesforce, "salesforce.query", new { soql = "SELECT Id FROM Opportunity WHERE IsWon = true" })).GetProperty("records").GetArrayLength();
        var open = (await app.InvokeAsync(salesforce, "salesforce.query", new { soql = "SELECT Id FROM Opportunity WHERE IsWon = false AND IsClosed = false" }))
            .GetProperty("records")[0].GetProperty("Id").GetString()!;

        var backfill = await app.PollAsync(flowId);
        backfill.Runs.ShouldBe(seededWon);
        seededWon.ShouldBeGreaterThan(0);
        (await app.PollAsync(flowId)).Runs.ShouldBe(0);

        await app.InvokeAsync(salesforce, "salesforce.opportunities.update", new { id = open, fields = new { StageName = "Closed Won" } });
        var won = await app.PollAsync(flowId);
        var repeat = await app.PollAsync(flowId);
        await PollingApp.NextSecondAsync();
        await app.InvokeAsync(salesforce, "salesforce.opportunities.update", new { id = open, fields = new { Amount = 123456.78m } });
        var changed = await app.PollAsync(flowId);

        (won.Runs, won.Error).ShouldBe((1, null));
        repeat.Runs.ShouldBe(0);
        changed.Runs.ShouldBe(1);
        var payloads = (await app.RunPayloadsAsync(flowId)).TakeLast(2).ToList();
        payloads.ShouldAllBe(p => p.GetProperty("Id").GetString() == open && p.GetProperty("StageName").GetString() == "Closed Won");
        payloads[1].GetProperty("Amount").GetDecimal().ShouldBe(123456.78m);
        await AssertWatermarkSurvivesRestartAsync(app, flowId);
    }

    //  [poll: coupa.suppliers.list updated_after {watermark}, 10 per page] ──► [map]
    [Fact]
    public async Task CoupaSuppliers_BackfillAcrossPagesThenChangedSupplier_OneRunEach_WatermarkSurvivesRestart()
    {
        await using var app = PollingApp.Start();
        var coupa = await app.SandboxConnectionAsync("coupa");
        var flowId = await app.PublishPollAsync("Coupa suppliers changed", new
        {
            connection = coupa, operation = "coupa.suppliers.list", interval = "PT5M", cursorField = "updated-at", idField = "id",
            // updated-at[gt] is exclusive and Coupa stamps whole seconds: look back one second, the dedupe drops what was seen.
            input = """{ "updated_after": "{watermark}", "limit": 10 }""", lookback = "PT1S", backfillFrom = "2020-01-01",
        });

        var backfill = await app.PollAsync(flowId);
        backfill.Runs.ShouldBe(CoupaSandboxDemo.SupplierCount);
        backfill.Pages.ShouldBeGreaterThan(CoupaSandboxDemo.SupplierCount / 10);
        (await app.PollAsync(flowId)).Runs.ShouldBe(0);

        await PollingApp.NextSecondAsync();
        await app.InvokeAsync(coupa, "coupa.suppliers.mark_exported", new { id = 1001 });
        var changed = await app.PollAsync(flowId);
        var repeat = await app.PollAsync(flowId);
        await PollingApp.NextSecondAsync();
        await app.InvokeAsync(coupa, "coupa.suppliers.mark_exported", new { id = 1001 });
        var changedAgain = await app.PollAsync(flowId);

        (changed.Runs, changed.Error).ShouldBe((1, null));
        repeat.Runs.ShouldBe(0);
        changedAgain.Runs.ShouldBe(1);
        var payloads = (await app.RunPayloadsAsync(flowId)).TakeLast(2).ToList();
        payloads.ShouldAllBe(p => p.GetProperty("id").GetInt64() == 1001 && p.GetProperty("exported").GetBoolean());
        payloads.Select(p => p.GetProperty("updated-at").GetString()).Distinct().Count().ShouldBe(2);
        await AssertWatermarkSurvivesRestartAsync(app, flowId);
    }

    //  [poll: ramp.transactions.list CLEARED from {watermark}, 3-day lookback; 2 per page] ──► [map]
    [Fact]
    public async Task RampTransactions_NewAcrossPagesAndLateCleared_OneRunEach_WatermarkSurvivesRestart()
    {
        // Two transactions per page, so the client follows Ramp's page.next URLs through the app.
        await using var app = PollingApp.Start(services => services.Configure<RampOptions>(o => o.PageSize = 2));
        var ramp = await app.SandboxConnectionAsync("ramp");
        var flowId = await app.PublishPollAsync("Ramp cleared transactions", new
        {
            connection = ramp, operation = "ramp.transactions.list", interval = "PT5M", cursorField = "user_transaction_time", idField = "id",
            input = """{ "from_date": "{watermark}", "state": "CLEARED", "max_items": 1000 }""", lookback = "P3D",
        });
        var sandbox = app.Services.GetRequiredService<RampSandboxState>();

        var first = await app.PollAsync(flowId); // the 3-day lookback reads recent seeded transactions once
        (await app.PollAsync(flowId)).Runs.ShouldBe(0);

        var start = DateTimeOffset.UtcNow;
        var created = new List<string>();
        foreach (var (purchase, amount) in new[] { (1, 42.50m), (2, 17.25m), (3, 310.00m) })
        {
            created.Add((string)(await sandbox.CreateTransactionAsync(purchase, purchase, "CLEARED", start.AddSeconds(purchase), amount, Ct))["id"]!);
        }

        var afterNew = await app.PollAsync(flowId);
        var repeat = await app.PollAsync(flowId);
        // Cleared now, transacted two days ago: before the watermark, inside the lookback.
        var late = (string)(await sandbox.CreateTransactionAsync(4, 4, "CLEARED", DateTimeOffset.UtcNow.AddDays(-2), 99.99m, Ct))["id"]!;
        var afterLate = await app.PollAsync(flowId);

        first.Error.ShouldBeNull();
        (afterNew.Runs, afterNew.Error).ShouldBe((3, null));
        repeat.Runs.ShouldBe(0);
        afterLate.Runs.ShouldBe(1);
        var payloads = (await app.RunPayloadsAsync(flowId)).TakeLast(4).ToList();
        payloads.Take(3).Select(p => p.GetProperty("id").GetString()).ShouldBe(created, ignoreOrder: true); // one poll: queued together
        payloads.Take(3).Select(p => p.GetProperty("amount").GetDecimal()).ShouldBe([42.50m, 17.25m, 310.00m], ignoreOrder: true);
        payloads[3].GetProperty("id").GetString().ShouldBe(late);
        payloads[3].GetProperty("amount").GetDecimal().ShouldBe(99.99m);
        await AssertWatermarkSurvivesRestartAsync(app, flowId);
    }

    private static async Task AssertWatermarkSurvivesRestartAsync(PollingApp app, Guid flowId)
    {
        var watermark = await app.WatermarkAsync(flowId);
        var runs = (await app.RunPayloadsAsync(flowId)).Count;

        await using var restarted = await app.RestartAsync();
        var outcome = await restarted.PollAsync(flowId);

        watermark.ShouldNotBeNull();
        (await restarted.WatermarkAsync(flowId)).ShouldBe(watermark);
        (outcome.Runs, outcome.Error).ShouldBe((0, null));
        (await restarted.RunPayloadsAsync(flowId)).Count.ShouldBe(runs);
    }
}
