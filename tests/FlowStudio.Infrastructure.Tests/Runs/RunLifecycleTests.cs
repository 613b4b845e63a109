using FlowStudio.Core.Auditing;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>Start, re-run, retry from the failed step: end to end through the launcher, the workers and SQLite.</summary>
public sealed class RunLifecycleTests : IAsyncLifetime
{
    private RunHarness harness = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => harness = await RunHarness.StartAsync();

    public async ValueTask DisposeAsync() => await harness.DisposeAsync();

    // start ──► map ──► invoice ──► pay ──► end
    private static TestFlow InvoiceFlow() => new TestFlow("Invoice and pay")
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("map", NodeTypeKeys.Map, """{ "mappings": { "customer": "[trigger.customer]", "total": "[trigger.amount] / 100" } }""")
        .Node("invoice", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.create_invoice", "inputs": { "customer_id": "[steps.map.output.customer]", "total": "[steps.map.output.total]" } }""")
        .Node("pay", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.record_payment", "inputs": { "amount": "[steps.map.output.total]" } }""")
        .Node("end", NodeTypeKeys.Stop)
        .Connect("start", "map").Connect("map", "invoice").Connect("invoice", "pay").Connect("pay", "end");

    [Fact]
    public async Task Start_PublishedFlow_SucceedsWithEveryStepRecordedAndItsVersion()
    {
        var flowId = await harness.PublishAsync(InvoiceFlow().Build());

        var runId = await harness.StartRunAsync(flowId, """{"customer":"C-1","amount":12550}""", correlation: "ch_3Pq");
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        run.Run.FlowVersion.ShouldBe(1);
        run.Run.FlowName.ShouldBe("Invoice and pay");
        run.Run.Correlation.ShouldBe("ch_3Pq");
        run.Run.StartedBy.ShouldBe(RunHarness.Admin.Name);
        run.Run.FinishedAt.ShouldNotBeNull();
        run.Steps.Select(s => s.NodeId).ShouldBe(["start", "map", "invoice", "pay", "end"]);
        run.Steps.ShouldAllBe(s => s.Status == StepStatus.Succeeded && s.Attempt == 1 && s.CompletedAt != null);
        run.Steps.Single(s => s.NodeId == "map").Output!.Value.GetRawText().ShouldBe("""{"customer":"C-1","total":125.5}""");
        run.Steps.Single(s => s.NodeId == "invoice").Input!.Value.GetRawText().ShouldBe("""{"customer_id":"C-1","total":125.5}""");
        harness.Connector.Calls.Select(c => c.IdempotencyKey).ShouldBe(
            [IdempotencyKeys.For(runId, "invoice", ""), IdempotencyKeys.For(runId, "pay", "")]);
        var audit = await harness.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = AuditActions.RunStarted }, Ct);
        audit.Items.ShouldHaveSingleItem().TargetId.ShouldBe(runId.ToString());
    }

    [Fact]
    public async Task Changes_WhileARunExecutes_ArePublishedAfterEachCommit()
    {
        var flowId = await harness.PublishAsync(InvoiceFlow().Build());
        var seen = new System.Collections.Concurrent.ConcurrentQueue<RunChangedEventArgs>();
        harness.Services.GetRequiredService<RunChanges>().Changed += (_, change) => seen.Enqueue(change);

        var runId = await harness.StartRunAsync(flowId, """{"customer":"C-9","amount":1}""");
        await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);
        await harness.WaitForAsync(runId, _ => seen.Any(c => c.Status == RunStatus.Succeeded));

        var mine = seen.Where(c => c.RunId == runId).ToList();
        mine.ShouldContain(c => c.Status == RunStatus.Pending);
        mine.Count(c => c.Status is null).ShouldBeGreaterThanOrEqualTo(5, "one per step write at least");
    }

    [Fact]
    public async Task Start_FlowWithoutPublishedVersion_IsRefusedWithAClearMessage()
    {
        var created = await harness.Services.GetRequiredService<FlowStore>().CreateAsync(InvoiceFlow().Build(), RunHarness.Admin, Ct);

        var result = await harness.Launcher.StartAsync(created.Flow!.Id, JsonValues.EmptyObject, RunHarness.Admin, cancellationToken: Ct);

        result.Status.ShouldBe(RunCommandStatus.Invalid);
        result.Message.ShouldBe("Flow 'Invoice and pay' has no published version; publish it before starting a run.");
        (await harness.Queries.ListAsync(new RunQuery(), Ct)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Start_UnknownFlow_IsNotFound()
    {
        var result = await harness.Launcher.StartAsync(Guid.NewGuid(), JsonValues.EmptyObject, RunHarness.Admin, cancellationToken: Ct);

        result.Status.ShouldBe(RunCommandStatus.NotFound);
    }

    [Fact]
    public async Task Rerun_FinishedRun_StartsANewRunOfTheSameVersionWithTheSameInput()
    {
        var flowId = await harness.PublishAsync(InvoiceFlow().Build());
        var first = await harness.StartRunAsync(flowId, """{"customer":"C-2","amount":100}""");
        await harness.WaitForStatusAsync(first, RunStatus.Succeeded);

        var rerun = await harness.Launcher.RerunAsync(first, RunHarness.Admin, Ct);
        rerun.Status.ShouldBe(RunCommandStatus.Succeeded);
        var second = await harness.WaitForStatusAsync(rerun.RunId!.Value, RunStatus.Succeeded);

        second.Run.SourceRunId.ShouldBe(first);
        second.Run.FlowVersion.ShouldBe(1);
        second.Trigger.GetRawText().ShouldBe("""{"customer":"C-2","amount":100}""");
        harness.Connector.Effects.Count.ShouldBe(4, "a re-run is a new run: new idempotency keys");
    }

    [Fact]
    public async Task Retry_FailedRun_ResumesAtTheFailedStepWithoutRepeatingEarlierEffects()
    {
        var flowId = await harness.PublishAsync(InvoiceFlow().Build());
        var failPayment = true;
        harness.Connector.Handler = (call, _) => Task.FromResult(call.NodeId == "pay" && failPayment
            ? CallResult.Failed(StepError.Permanent("Card declined", "card_declined"))
            : TestConnector.Echo(call));
        var runId = await harness.StartRunAsync(flowId, """{"customer":"C-3","amount":500}""");
        var failed = await harness.WaitForStatusAsync(runId, RunStatus.Failed);
        failed.Run.Error.ShouldBe("Card declined");
        failed.Error!.Code.ShouldBe("card_declined");
        failed.Steps.Single(s => s.NodeId == "pay").Status.ShouldBe(StepStatus.Failed);

        failPayment = false;
        var retried = await harness.Launcher.RetryAsync(runId, RunHarness.Admin, Ct);
        retried.Status.ShouldBe(RunCommandStatus.Succeeded);
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        run.Run.Error.ShouldBeNull();
        run.Steps.Single(s => s.NodeId == "pay").Attempt.ShouldBe(2);
        run.Steps.Single(s => s.NodeId == "invoice").Attempt.ShouldBe(1);
        harness.Connector.Calls.Count(c => c.NodeId == "invoice").ShouldBe(1);
        harness.Connector.Calls.Where(c => c.NodeId == "pay").Select(c => c.IdempotencyKey).Distinct().ShouldHaveSingleItem();
        var audit = await harness.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = AuditActions.RunRetried }, Ct);
        audit.Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Retry_RunThatDidNotFail_IsAConflict()
    {
        var flowId = await harness.PublishAsync(InvoiceFlow().Build());
        var runId = await harness.StartRunAsync(flowId, """{"customer":"C-4","amount":1}""");
        await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        var result = await harness.Launcher.RetryAsync(runId, RunHarness.Admin, Ct);

        result.Status.ShouldBe(RunCommandStatus.Conflict);
        result.Message.ShouldBe("The run is Succeeded; only a failed run can be retried from its failed step.");
    }

    [Fact]
    public async Task List_FiltersByFlowStatusTimeAndCorrelation_NewestFirstAndPaged()
    {
        var flowA = await harness.PublishAsync(InvoiceFlow().Build());
        var flowB = await harness.PublishAsync(InvoiceFlow().Build() with { Metadata = new FlowMetadata { Name = "Other" } });
        var a1 = await harness.StartRunAsync(flowA, """{"customer":"C","amount":1}""", "INV-0001");
        var a2 = await harness.StartRunAsync(flowA, """{"customer":"C","amount":1}""", "INV-0002");
        var b1 = await harness.StartRunAsync(flowB, """{"customer":"C","amount":1}""", "PAY-77");
        foreach (var id in new[] { a1, a2, b1 })
        {
            await harness.WaitForStatusAsync(id, RunStatus.Succeeded);
        }

        (await harness.Queries.ListAsync(new RunQuery { FlowId = flowA }, Ct)).Items.Select(r => r.Id).ShouldBe([a2, a1]);
        (await harness.Queries.ListAsync(new RunQuery { Text = "inv-" }, Ct)).Total.ShouldBe(2);
        (await harness.Queries.ListAsync(new RunQuery { Text = b1.ToString() }, Ct)).Items.ShouldHaveSingleItem().FlowName.ShouldBe("Other");
        (await harness.Queries.ListAsync(new RunQuery { Statuses = [RunStatus.Failed] }, Ct)).Total.ShouldBe(0);
        (await harness.Queries.ListAsync(new RunQuery { From = DateTimeOffset.UtcNow.AddMinutes(1) }, Ct)).Total.ShouldBe(0);
        var page = await harness.Queries.ListAsync(new RunQuery { Skip = 1, Take = 1 }, Ct);
        page.Total.ShouldBe(3);
        page.Items.ShouldHaveSingleItem().Id.ShouldBe(a2);
    }
}
