using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Tests.Runs.Support;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>The worker count and the per-flow limit, observed while runs execute.</summary>
public sealed class RunConcurrencyTests
{
    // start ──► work (holds until released) ──► end
    private static TestFlow Holding(string name, string operation) => new TestFlow(name)
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("work", NodeTypeKeys.ConnectorAction, $$"""{ "connection": "c", "operation": "{{operation}}" }""")
        .Node("end", NodeTypeKeys.Stop)
        .Connect("start", "work").Connect("work", "end");

    [Fact]
    public async Task PerFlowLimit_OneAtATimeForABusyFlow_WhileAnotherFlowRunsBeside()
    {
        await using var harness = await RunHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Runs:Workers"] = "4",
            ["Runs:MaxConcurrentPerFlow"] = "1",
        });
        var busy = await harness.PublishAsync(Holding("Busy", "x.busy").Build());
        var other = await harness.PublishAsync(Holding("Other", "x.other").Build());
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = 0;
        var peak = 0;
        var otherRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Connector.Handler = async (call, ct) =>
        {
            if (call.Operation == "x.other")
            {
                otherRan.TrySetResult();
                return TestConnector.Echo(call);
            }

            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await release.Task.WaitAsync(ct);
            Interlocked.Decrement(ref inFlight);
            return TestConnector.Echo(call);
        };

        var busyRuns = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            busyRuns.Add(await harness.StartRunAsync(busy));
        }

        var otherRun = await harness.StartRunAsync(other);
        await otherRan.Task.WaitAsync(TimeSpan.FromSeconds(10), RunHarness.Ct);
        await harness.WaitForStatusAsync(otherRun, RunStatus.Succeeded);
        await Task.Delay(500, RunHarness.Ct);
        var pending = await harness.Queries.ListAsync(new() { FlowId = busy, Statuses = [RunStatus.Pending] }, RunHarness.Ct);
        pending.Total.ShouldBe(2, "two busy runs wait for the one in flight");

        release.TrySetResult();
        foreach (var id in busyRuns)
        {
            await harness.WaitForStatusAsync(id, RunStatus.Succeeded);
        }

        peak.ShouldBe(1);
    }

    [Fact]
    public async Task Lease_RenewedWhileALongStepRuns_RunIsNotTakenOver()
    {
        await using var harness = await RunHarness.StartAsync(settings: new Dictionary<string, string?> { ["Runs:LeaseDuration"] = "00:00:01" });
        var flowId = await harness.PublishAsync(Holding("Long", "x.long").Build());
        harness.Connector.Handler = async (call, ct) =>
        {
            await Task.Delay(2_500, ct);
            return TestConnector.Echo(call);
        };

        var runId = await harness.StartRunAsync(flowId);
        await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        harness.Connector.Calls.ShouldHaveSingleItem("a lease that lapsed would let the run be claimed and the step run twice");
    }

    // start ──► loop (8 at a time) ─item─► charge ─► loop.loop
    [Fact]
    public async Task ForEach_ParallelItemsThroughTheWorkers_EachItemOnceAndOldStepsDropped()
    {
        await using var harness = await RunHarness.StartAsync(settings: new Dictionary<string, string?> { ["Runs:RetainedIterations"] = "10" });
        var flowId = await harness.PublishAsync(new TestFlow("Parallel")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("loop", NodeTypeKeys.ForEach, """{ "items": "[trigger.items]", "parallelism": 8 }""")
            .Node("charge", NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "x.charge", "inputs": { "n": "[item]" } }""")
            .Connect("start", "loop").Connect("loop", "charge", PortNames.Item).Connect("charge", "loop", toPort: PortNames.Loop)
            .Build());
        var items = string.Join(",", Enumerable.Range(0, 60));

        var runId = await harness.StartRunAsync(flowId, $$"""{"items":[{{items}}]}""");
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        harness.Connector.Effects.Count.ShouldBe(60);
        harness.Connector.Effects.Values.ShouldAllBe(n => n == 1);
        run.Steps.Single(s => s.NodeId == "loop").Output!.Value.GetProperty("results").GetArrayLength().ShouldBe(60);
        run.Steps.Count(s => s.NodeId == "charge").ShouldBe(10, "steps of items past the retained ones are dropped once done");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
