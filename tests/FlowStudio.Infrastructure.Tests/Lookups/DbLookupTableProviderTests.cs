using FlowStudio.Core.Catalog;
using FlowStudio.Core.Lookups;
using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Lookups;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Lookups;

public sealed class DbLookupTableProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Find_AfterSaveAndDelete_SeesEachChangeAtOnce()
    {
        await using var services = await SqliteServices.StartAsync();
        var store = services.Services.GetRequiredService<LookupTableStore>();
        var provider = services.Services.GetRequiredService<ILookupTableProvider>();
        provider.Find("payment_modes").ShouldBeNull();

        var created = await store.CreateAsync(LookupTableStoreTests.PaymentModes(("card", "Credit card")), RunHarness.Admin, Ct);
        provider.Find("PAYMENT_MODES").ShouldNotBeNull().Find("card").ShouldBe("Credit card");

        await store.SaveAsync(created.Table!.Id, LookupTableStoreTests.PaymentModes(("card", "Card")), 1, RunHarness.Admin, Ct);
        provider.Find("payment_modes")!.Find("card").ShouldBe("Card");

        await store.DeleteAsync(created.Table.Id, 2, RunHarness.Admin, Ct);
        provider.Find("payment_modes").ShouldBeNull();
    }

    [Fact]
    public async Task RefreshIfChanged_TableWrittenByAnotherNode_IsPickedUp()
    {
        await using var services = await SqliteServices.StartAsync();
        var provider = services.Services.GetRequiredService<DbLookupTableProvider>();
        provider.Find("regions").ShouldBeNull();
        (await provider.RefreshIfChangedAsync(Ct)).ShouldBeFalse();

        // Another app node shares the database but not this node's cache: only the refresher can notice.
        var otherNode = new LookupTableStore(
            services.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<FlowStudio.Infrastructure.Data.FlowStudioDbContext>>(),
            new DbLookupTableProvider(
                services.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<FlowStudio.Infrastructure.Data.FlowStudioDbContext>>(),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<DbLookupTableProvider>.Instance),
            services.Services.GetRequiredService<FlowStudio.Infrastructure.Auditing.AuditLog>(),
            TimeProvider.System);
        await otherNode.CreateAsync(LookupTableStoreTests.PaymentModes(("card", "Credit card")) with { Name = "regions" }, RunHarness.Admin, Ct);
        provider.Find("regions").ShouldBeNull();

        (await provider.RefreshIfChangedAsync(Ct)).ShouldBeTrue();

        provider.Find("regions").ShouldNotBeNull();
    }

    //  start ──► map (LOOKUP('payment_modes', [trigger.method])) ──► end
    [Fact]
    public async Task Run_MapWithLookup_ReadsTheStoredTable()
    {
        await using var harness = await RunHarness.StartAsync();
        var store = harness.Services.GetRequiredService<LookupTableStore>();
        (await store.ImportCsvAsync(
            null, "payment_modes", new StringReader("method,mode\ncard,Credit card\nsepa_debit,Bank transfer\n"),
            new LookupTableOptions("method"), null, RunHarness.Admin, cancellationToken: Ct)).Succeeded.ShouldBeTrue();
        var flowId = await harness.PublishAsync(new TestFlow("Payment mode")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "mode": "LOOKUP('payment_modes', [trigger.method])" } }""")
            .Node("end", NodeTypeKeys.Stop)
            .Connect("start", "map").Connect("map", "end")
            .Build());

        var runId = await harness.StartRunAsync(flowId, """{"method":"sepa_debit"}""");
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        run.Steps.Single(s => s.NodeId == "map").Output!.Value.GetRawText().ShouldBe("""{"mode":"Bank transfer"}""");
    }
}
