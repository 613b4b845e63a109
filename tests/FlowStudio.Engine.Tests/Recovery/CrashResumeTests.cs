using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Recovery;

public sealed class CrashResumeTests
{
    // start ──► map ──► invoice ──► check ─true─► payment ──► end
    //                                     └false─► end
    private static FlowDefinition Flow() => new FlowBuilder()
        .Node("start", NodeTypeKeys.WebhookTrigger)
        .Node("map", NodeTypeKeys.Map, """{ "mappings": { "customer": "[trigger.customer]", "amount": "[trigger.amount]" } }""")
        .Node("invoice", NodeTypeKeys.ConnectorAction, """{ "operation": "zoho-books.create_invoice", "inputs": { "customer_id": "[steps.map.output.customer]", "total": "[steps.map.output.amount]" } }""")
        .Node("check", NodeTypeKeys.Condition, """{ "condition": "[steps.map.output.amount] > 0" }""")
        .Node("payment", NodeTypeKeys.ConnectorAction, """{ "operation": "zoho-books.record_payment", "inputs": { "invoice": "[steps.invoice.output.operation]" } }""")
        .Node("end", NodeTypeKeys.Stop)
        .Connect("start", "map").Connect("map", "invoice").Connect("invoice", "check")
        .Connect("check", "payment", PortNames.True).Connect("check", "end", PortNames.False).Connect("payment", "end")
        .Build();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task CrashInStepN_Resume_EachEffectExactlyOnce(int crashInStep)
    {
        var engine = new EngineHarness();
        var crashing = new CrashingRunStore(engine.Memory) { CrashAfterStarts = crashInStep };
        engine.Store = crashing;
        var flow = Flow();

        await Should.ThrowAsync<SimulatedCrashException>(() => engine.StartAsync(flow, """{"customer":"C-1","amount":120.00}"""));
        engine.Memory.Run(engine.RunId).Status.ShouldBe(RunStatus.Running);
        var callsBeforeCrash = engine.Connectors.Calls.Count;

        engine.Store = engine.Memory;
        var outcome = await engine.ResumeAsync(flow);

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        var calls = engine.Connectors.Calls;
        calls.Select(c => c.IdempotencyKey).Distinct().Count().ShouldBe(2, "one effect per action node");
        foreach (var node in new[] { "invoice", "payment" })
        {
            var keys = engine.Connectors.CallsTo(node).Select(c => c.IdempotencyKey).Distinct();
            keys.ShouldHaveSingleItem().ShouldBe(IdempotencyKeys.For(engine.RunId, node, string.Empty));
        }

        // Only the step that was in flight at the crash may call again (with the same key).
        (calls.Count - 2).ShouldBeLessThanOrEqualTo(1);
        if (crashInStep is 3 or 5)
        {
            calls.Count.ShouldBe(3);
            callsBeforeCrash.ShouldBeGreaterThan(0);
        }
        else
        {
            calls.Count.ShouldBe(2);
        }

        engine.Steps.ShouldAllBe(s => s.Status == StepStatus.Succeeded);
    }

    // start ──► loop ─item─► act ─► loop.loop     (10 items; crash in the middle of item 4)
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task CrashInsideForEach_Resume_CompletedItemsNotRepeated(int parallelism)
    {
        var engine = new EngineHarness();
        var crashing = new CrashingRunStore(engine.Memory) { CrashAfterStarts = 2 + (4 * 2) + 2 };
        engine.Store = crashing;
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("loop", NodeTypeKeys.ForEach, $$"""{ "items": "[trigger.items]", "parallelism": {{parallelism}} }""")
            .Node("prep", NodeTypeKeys.Map, """{ "mappings": { "n": "[item]" } }""")
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "stripe.create_charge", "inputs": { "n": "[steps.prep.output.n]" } }""")
            .Connect("start", "loop").Connect("loop", "prep", PortNames.Item).Connect("prep", "act").Connect("act", "loop", toPort: PortNames.Loop)
            .Build();

        await Should.ThrowAsync<SimulatedCrashException>(() => engine.StartAsync(flow, """{"items":[0,1,2,3,4,5,6,7,8,9]}"""));
        engine.Store = engine.Memory;
        var outcome = await engine.ResumeAsync(flow);

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        var calls = engine.Connectors.Calls;
        calls.Select(c => c.IdempotencyKey).Distinct().Count().ShouldBe(10);
        calls.GroupBy(c => c.IdempotencyKey).ShouldAllBe(g => g.Select(c => c.Input.GetRawText()).Distinct().Count() == 1);
        (calls.Count - 10).ShouldBeLessThanOrEqualTo(parallelism);
        var results = engine.OutputElement("loop").GetProperty("results").EnumerateArray().Select(r => r.GetProperty("input").GetProperty("n").GetInt32());
        results.ShouldBe(Enumerable.Range(0, 10));
    }

    // start ──► setvar ──► wait (PT1M) ──► act ([vars.total]) — the variable survives the park
    [Fact]
    public async Task Resume_AfterPark_ReplaysVariablesAndOutputs()
    {
        var engine = new EngineHarness();
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("setvar", NodeTypeKeys.SetVariable, """{ "name": "total", "value": "[trigger.a] + 1" }""")
            .Node("wait", NodeTypeKeys.Delay, """{ "duration": "PT1M" }""")
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "x.y", "inputs": { "total": "[vars.total]", "a": "[steps.start.output.a]" } }""")
            .Connect("start", "setvar").Connect("setvar", "wait").Connect("wait", "act")
            .Build();
        await engine.StartAsync(flow, """{"a":41.5}""");

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await engine.ResumeAsync(flow);

        engine.Connectors.Calls.ShouldHaveSingleItem().Input.GetRawText().ShouldBe("""{"total":42.5,"a":41.5}""");
    }

    [Fact]
    public void IdempotencyKeys_AreStableAndDistinct()
    {
        var run = Guid.Parse("6f1c2a7e-0000-4000-8000-000000000001");

        IdempotencyKeys.For(run, "act", string.Empty).ShouldBe(IdempotencyKeys.For(run, "act", string.Empty));
        IdempotencyKeys.For(run, "act", string.Empty).ShouldBe("fs-" + IdempotencyKeys.For(run, "act", string.Empty)[3..]);
        IdempotencyKeys.For(run, "act", "loop[1]").ShouldNotBe(IdempotencyKeys.For(run, "act", "loop[2]"));
        IdempotencyKeys.For(run, "act", string.Empty).ShouldNotBe(IdempotencyKeys.For(Guid.NewGuid(), "act", string.Empty));
        IdempotencyKeys.For(run, "act", string.Empty).Length.ShouldBe(35);
    }
}
