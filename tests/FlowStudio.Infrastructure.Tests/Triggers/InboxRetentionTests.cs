using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Tests.Triggers.Support;
using FlowStudio.Infrastructure.Triggers.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Triggers;

/// <summary>The inbox purge with a hand-moved clock: accepted/duplicate after 30 days, rejected after 90, never an entry whose run is under way.</summary>
public sealed class InboxRetentionTests
{
    private static CancellationToken Ct => TriggerHarness.Ct;

    [Fact]
    public async Task Purge_AcceptedAndDuplicateAfter30Days_RejectedAfter90_InProgressRunKept()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var orders = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "none", "eventIdPath": "id" }""", "Orders");
        var shop = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "shopify", "secret": "gone" }""", "Shop");
        var ordersKey = await harness.HookKeyAsync(orders);
        var finished = await harness.Ingress.ReceiveAsync(ordersKey, TriggerHarness.Request("""{"id":"o1"}"""), Ct);
        await harness.Ingress.ReceiveAsync(ordersKey, TriggerHarness.Request("""{"id":"o1"}"""), Ct);
        await harness.Ingress.ReceiveAsync(ordersKey, TriggerHarness.Request("""{"id":"o2"}"""), Ct); // its run stays pending
        await harness.Ingress.ReceiveAsync(await harness.HookKeyAsync(shop), TriggerHarness.Request("{}", ("X-Shopify-Hmac-Sha256", "AAAA")), Ct);
        await FinishRunAsync(harness, finished.Results[0].RunId!.Value);
        var retention = harness.Services.GetRequiredService<InboxRetention>();

        harness.Clock.Advance(TimeSpan.FromDays(29));
        var at29 = await retention.PurgeAsync(Ct);
        harness.Clock.Advance(TimeSpan.FromDays(2));
        var at31 = await retention.PurgeAsync(Ct);
        var left31 = await KeysAsync(harness, orders, shop);
        harness.Clock.Advance(TimeSpan.FromDays(60));
        var at91 = await retention.PurgeAsync(Ct);

        at29.ShouldBe(0);
        at31.ShouldBe(2);
        left31.ShouldBe(["Orders:o2:Accepted", "Shop:Rejected"], ignoreOrder: true);
        at91.ShouldBe(1);
        (await KeysAsync(harness, orders, shop)).ShouldBe(["Orders:o2:Accepted"]);
    }

    [Fact]
    public async Task Purge_MoreThanABatch_DeletesEveryDueEntry_AndThePurgedEventIsNewAgain()
    {
        await using var harness = await TriggerHarness.StartAsync(new Dictionary<string, string?> { ["Triggers:InboxPurgeBatchSize"] = "2" });
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "none", "eventIdPath": "id" }""");
        var key = await harness.HookKeyAsync(flowId);
        foreach (var id in new[] { "a", "b", "c", "d", "e" })
        {
            var outcome = await harness.Ingress.ReceiveAsync(key, TriggerHarness.Request($$"""{"id":"{{id}}"}"""), Ct);
            await FinishRunAsync(harness, outcome.Results[0].RunId!.Value);
        }

        harness.Clock.Advance(TimeSpan.FromDays(31));
        var deleted = await harness.Services.GetRequiredService<InboxRetention>().PurgeAsync(Ct);
        var again = await harness.Ingress.ReceiveAsync(key, TriggerHarness.Request("""{"id":"a"}"""), Ct);

        deleted.ShouldBe(5);
        again.Results.Single().Status.ShouldBe(InboxStatus.Accepted); // the dedupe window is the retention
    }

    private static async Task FinishRunAsync(TriggerHarness harness, Guid runId)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>().CreateDbContextAsync(Ct);
        await db.Set<RunEntity>().Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RunStatus.Succeeded), Ct);
    }

    private static async Task<List<string>> KeysAsync(TriggerHarness harness, Guid orders, Guid shop)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>().CreateDbContextAsync(Ct);
        var rows = await db.Set<InboxEntryEntity>().Select(e => new { e.FlowId, e.EventKey, e.Status }).ToListAsync(Ct);
        return [.. rows.Select(r => r.FlowId == orders ? $"Orders:{r.EventKey}:{r.Status}" : r.FlowId == shop ? $"Shop:{r.Status}" : "?")];
    }
}
