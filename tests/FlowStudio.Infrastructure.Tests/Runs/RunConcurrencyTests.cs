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

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
