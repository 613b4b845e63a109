using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Tests.Runs.Support;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>Call sub-flow runs a child run durably; a failed run starts its flow's failure handler once.</summary>
public sealed class SubFlowAndFailureHandlerTests : IAsyncLifetime
{
    private RunHarness harness = default!;

    public async ValueTask InitializeAsync() => harness = await RunHarness.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Runs:FollowUpSweepInterval"] = "00:00:00.500",
    });

    public async ValueTask DisposeAsync() => await harness.DisposeAsync();

    // child:  start ──► total (map: amount × 1.2)
    private static TestFlow TaxChild() => new TestFlow("Add VAT")
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("total", NodeTypeKeys.Map, """{ "mappings": { "gross": "[trigger.net] * 1.2" } }""")
        .Connect("start", "total");

    // parent: start ──► vat (call "Add VAT", wait) ──► done
    private static TestFlow Parent(string target) => new TestFlow("Invoice with VAT")
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("vat", NodeTypeKeys.CallSubFlow, $$"""{ "flowId": "{{target}}", "input": { "net": "[trigger.net]" } }""")
        .Node("done", NodeTypeKeys.Map, """{ "mappings": { "gross": "[steps.vat.output.gross]" } }""")
        .Connect("start", "vat").Connect("vat", "done");

    [Fact]
    public async Task CallSubFlow_WaitsForTheChildAndContinuesWithItsOutput()
    {
        await harness.PublishAsync(TaxChild().Build());
        var parentFlow = await harness.PublishAsync(Parent("Add VAT").Build());

        var runId = await harness.StartRunAsync(parentFlow, """{"net":100.10}""");
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        run.Steps.Single(s => s.NodeId == "done").Output!.Value.GetRawText().ShouldBe("""{"gross":120.120}""");
        var children = await harness.Queries.ListAsync(new RunQuery { Text = "subflow:" + runId }, RunHarness.Ct);
        var child = children.Items.ShouldHaveSingleItem();
        child.FlowName.ShouldBe("Add VAT");
        child.Status.ShouldBe(RunStatus.Succeeded);
    }

    // child: start ──► approve (Reviewer) ─approved─► total
    [Fact]
    public async Task CallSubFlow_ChildWaitingForApproval_ParksTheParentUntilTheChildEnds()
    {
        var child = new TestFlow("Approve VAT")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("approve", NodeTypeKeys.WaitForApproval, """{ "approverRole": "Reviewer" }""")
            .Node("total", NodeTypeKeys.Map, """{ "mappings": { "gross": "[trigger.net] * 2" } }""")
            .Connect("start", "approve").Connect("approve", "total", PortNames.Approved);
        await harness.PublishAsync(child.Build());
        var parentFlow = await harness.PublishAsync(Parent("Approve VAT").Build());

        var runId = await harness.StartRunAsync(parentFlow, """{"net":5}""");
        await harness.WaitForStatusAsync(runId, RunStatus.Waiting);
        var wait = await harness.WaitForAsync(runId, _ => true);
        var childWait = (await harness.Queries.ListOpenWaitsAsync(BookmarkKind.Approval, "Reviewer", cancellationToken: RunHarness.Ct)).ShouldHaveSingleItem();
        (await harness.Launcher.ResolveWaitAsync(childWait.BookmarkId, PortNames.Approved, RunHarness.Admin, cancellationToken: RunHarness.Ct)).Succeeded.ShouldBeTrue();

        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);
        run.Steps.Single(s => s.NodeId == "done").Output!.Value.GetRawText().ShouldBe("""{"gross":10}""");
        wait.Waits.ShouldHaveSingleItem().Wait.ShouldBeOfType<WaitForEventBookmark>();
    }

    // child: start ──► boom (fail)        parent: start ──► vat ─error─► recover
    [Fact]
    public async Task CallSubFlow_ChildFails_ParentTakesTheErrorPortWithTheChildsReason()
    {
        var child = new TestFlow("Broken VAT")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("boom", NodeTypeKeys.Fail, """{ "message": "No tax rate for country XX" }""")
            .Connect("start", "boom");
        await harness.PublishAsync(child.Build());
        var parent = Parent("Broken VAT").Node("recover", NodeTypeKeys.Stop).Connect("vat", "recover", PortNames.Error);
        var parentFlow = await harness.PublishAsync(parent.Build());

        var runId = await harness.StartRunAsync(parentFlow, """{"net":5}""");
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        run.Steps.ShouldContain(s => s.NodeId == "recover");
        run.Steps.Single(s => s.NodeId == "vat").Error!.Message.ShouldContain("No tax rate for country XX");
    }

    [Fact]
    public async Task CallSubFlow_RefusesAFlowCallingItselfAndUnknownFlows()
    {
        var selfCalling = await harness.PublishAsync(Parent("Invoice with VAT").Build());
        var nope = Parent("Nope").Build();
        var unknown = await harness.PublishAsync(nope with { Metadata = nope.Metadata with { Name = "Calls nothing" } });

        var self = await harness.WaitForStatusAsync(await harness.StartRunAsync(selfCalling, """{"net":1}"""), RunStatus.Failed);
        var missing = await harness.WaitForStatusAsync(await harness.StartRunAsync(unknown, """{"net":1}"""), RunStatus.Failed);

        self.Run.Error.ShouldBe("Flow 'Invoice with VAT' cannot call itself.");
        missing.Run.Error.ShouldBe("There is no flow 'Nope' (by id or name) to call.");
    }

    // failing: start ──► boom (fail)       handler: start ──► note (map)
    [Fact]
    public async Task FailedRun_StartsItsFailureHandlerOnce_WithTheFailedRunsDetails()
    {
        var handler = new TestFlow("Tell finance")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("note", NodeTypeKeys.Map, """{ "mappings": { "text": "CONCAT('Run failed: ', [trigger.failedRun.error])" } }""")
            .Connect("start", "note");
        await harness.PublishAsync(handler.Build());
        var failing = new TestFlow("Nightly sync")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("boom", NodeTypeKeys.Fail, """{ "message": "Zoho is down" }""")
            .Connect("start", "boom").Build();
        var flowId = await harness.PublishAsync(failing with { Metadata = failing.Metadata with { FailureHandler = "Tell finance" } });

        var runId = await harness.StartRunAsync(flowId);
        await harness.WaitForStatusAsync(runId, RunStatus.Failed);
        var handlerRun = await WaitForHandlerRunAsync(runId);
        var details = await harness.WaitForStatusAsync(handlerRun.Id, RunStatus.Succeeded);

        details.Steps.Single(s => s.NodeId == "note").Output!.Value.GetRawText().ShouldBe("""{"text":"Run failed: Zoho is down"}""");
        handlerRun.StartedBy.ShouldBe("failure handler");
        await Task.Delay(TimeSpan.FromSeconds(1.5), RunHarness.Ct); // several sweeps
        (await harness.Queries.ListAsync(new RunQuery { Text = $"failure of run {runId}" }, RunHarness.Ct)).Items.Count.ShouldBe(1);
    }

    [Fact]
    public async Task FailingFailureHandler_DoesNotStartItself()
    {
        var handler = new TestFlow("Broken handler")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("boom", NodeTypeKeys.Fail, """{ "message": "handler broke" }""")
            .Connect("start", "boom").Build();
        await harness.PublishAsync(handler with { Metadata = handler.Metadata with { FailureHandler = "Broken handler" } });
        var failing = new TestFlow("Sync")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("boom", NodeTypeKeys.Fail, """{ "message": "sync broke" }""")
            .Connect("start", "boom").Build();
        var flowId = await harness.PublishAsync(failing with { Metadata = failing.Metadata with { FailureHandler = "Broken handler" } });

        var runId = await harness.StartRunAsync(flowId);
        var handlerRun = await WaitForHandlerRunAsync(runId);
        await harness.WaitForStatusAsync(handlerRun.Id, RunStatus.Failed);
        await Task.Delay(TimeSpan.FromSeconds(1.5), RunHarness.Ct);

        (await harness.Queries.ListAsync(new RunQuery(), RunHarness.Ct)).Items.Count.ShouldBe(2);
    }

    private async Task<RunSummary> WaitForHandlerRunAsync(Guid failedRunId)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var page = await harness.Queries.ListAsync(new RunQuery { Text = $"failure of run {failedRunId}" }, RunHarness.Ct);
            if (page.Items.Count > 0)
            {
                return page.Items[0];
            }

            await Task.Delay(50, RunHarness.Ct);
        }

        throw new TimeoutException($"No failure handler run for {failedRunId}.");
    }
}
