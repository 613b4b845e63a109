using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Execution;

public sealed class RoutingTests
{
    private const string Empty = """{ "mappings": {} }""";
    private readonly EngineHarness _engine = new();

    // start ──► check ─true──► big
    //                 └false─► small
    [Theory]
    [InlineData("1500.00", "big", "small")]
    [InlineData("1000", "small", "big")]
    public async Task Condition_TakesMatchingPortOnly(string amount, string runs, string skipped)
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("check", NodeTypeKeys.Condition, """{ "condition": "[trigger.amount] > 1000" }""")
            .Node("big", NodeTypeKeys.Map, Empty).Node("small", NodeTypeKeys.Map, Empty)
            .Connect("start", "check").Connect("check", "big", PortNames.True).Connect("check", "small", PortNames.False);

        var outcome = await _engine.StartAsync(flow, $$"""{"amount":{{amount}}}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Ran(runs).ShouldBeTrue();
        _engine.Ran(skipped).ShouldBeFalse();
        _engine.Step("check").Port.ShouldBe(runs == "big" ? PortNames.True : PortNames.False);
    }

    // start ──► check ("text", not a boolean)
    [Fact]
    public async Task Condition_NotBoolean_FailsRun()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("check", NodeTypeKeys.Condition, """{ "condition": "'text'" }""")
            .Node("next", NodeTypeKeys.Map, Empty)
            .Connect("start", "check").Connect("check", "next", PortNames.True);

        var outcome = await _engine.StartAsync(flow);

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.Error!.Code.ShouldBe("condition.notBoolean");
    }

    // start ──► route ─late────► late      (days > 30)
    //                 ├─soon────► soon      (days >= 15)
    //                 └─default─► current
    [Theory]
    [InlineData(45, "late")]
    [InlineData(30, "soon")]
    [InlineData(15, "soon")]
    [InlineData(3, "current")]
    public async Task Switch_FirstMatchingCaseElseDefault(int days, string expected)
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("route", NodeTypeKeys.Switch, """{ "cases": [ { "name": "late", "when": "[trigger.days] > 30" }, { "name": "soon", "when": "[trigger.days] >= 15" } ] }""")
            .Node("late", NodeTypeKeys.Map, Empty).Node("soon", NodeTypeKeys.Map, Empty).Node("current", NodeTypeKeys.Map, Empty)
            .Connect("start", "route").Connect("route", "late", "late").Connect("route", "soon", "soon").Connect("route", "current", PortNames.Default);

        await _engine.StartAsync(flow, $$"""{"days":{{days}}}""");

        _engine.Steps.Where(s => s.NodeId is "late" or "soon" or "current").Select(s => s.NodeId).ShouldBe([expected]);
        _engine.Step("route").Port.ShouldBe(expected == "current" ? PortNames.Default : expected);
    }

    // start ──► check ─true──► a ──► join ──► after
    //                 └false─► b ──┘
    [Fact]
    public async Task Merge_AfterExclusiveBranches_RunsOnceWithTakenBranch()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("check", NodeTypeKeys.Condition, """{ "condition": "[trigger.ok]" }""")
            .Node("a", NodeTypeKeys.Map, """{ "mappings": { "from": "'a'" } }""").Node("b", NodeTypeKeys.Map, """{ "mappings": { "from": "'b'" } }""")
            .Node("join", NodeTypeKeys.Merge)
            .Node("after", NodeTypeKeys.Map, """{ "mappings": { "seen": "[steps.join.output.b.from]" } }""")
            .Connect("start", "check").Connect("check", "a", PortNames.True).Connect("check", "b", PortNames.False)
            .Connect("a", "join").Connect("b", "join").Connect("join", "after");

        await _engine.StartAsync(flow, """{"ok":false}""");

        _engine.Output("join").ShouldBe("""{"b":{"from":"b"}}""");
        _engine.Output("after").ShouldBe("""{"seen":"b"}""");
    }

    // start ──► a ──► join      (both branches run: join waits for both and runs once)
    //       └─► b ──┘
    [Fact]
    public async Task Merge_AfterParallelBranches_RunsOnceAfterBoth()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("join", NodeTypeKeys.Merge)
            .Node("a", NodeTypeKeys.Map, """{ "mappings": { "n": "1" } }""").Node("b", NodeTypeKeys.Map, """{ "mappings": { "n": "2" } }""")
            .Connect("start", "a").Connect("start", "b").Connect("a", "join").Connect("b", "join");

        await _engine.StartAsync(flow);

        _engine.Output("join").ShouldBe("""{"a":{"n":1},"b":{"n":2}}""");
        _engine.Steps.Count(s => s.NodeId == "join").ShouldBe(1);
    }

    // start ──► act ─error─► handle ([steps.act.output.message])
    [Fact]
    public async Task ErrorPort_Connected_RoutesFailureAsOutput()
    {
        _engine.Connectors.Respond = _ => Contracts.CallResult.Failed(Runs.StepError.Permanent("Customer not found", "zoho.1002"));
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "zoho-books.get_contact" }""")
            .Node("ok", NodeTypeKeys.Map, Empty)
            .Node("handle", NodeTypeKeys.Map, """{ "mappings": { "why": "[steps.act.output.message]" } }""")
            .Connect("start", "act").Connect("act", "ok").Connect("act", "handle", PortNames.Error);

        var outcome = await _engine.StartAsync(flow);

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Step("act").Status.ShouldBe(StepStatus.Failed);
        _engine.Step("act").Port.ShouldBe(PortNames.Error);
        _engine.Output("handle").ShouldBe("""{"why":"Customer not found"}""");
        _engine.Ran("ok").ShouldBeFalse();
    }

    // start ──► act ──► ok     (no error port: the run fails)
    [Fact]
    public async Task ErrorPort_NotConnected_FailsRun()
    {
        _engine.Connectors.Respond = _ => Contracts.CallResult.Failed(Runs.StepError.Permanent("Bad request", "400"));
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "x.y" }""")
            .Node("ok", NodeTypeKeys.Map, Empty)
            .Connect("start", "act").Connect("act", "ok");

        var outcome = await _engine.StartAsync(flow);

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.NodeId.ShouldBe("act");
        outcome.Error!.Message.ShouldBe("Bad request");
        _engine.Step("act").Error!.Code.ShouldBe("400");
        _engine.Ran("ok").ShouldBeFalse();
    }
}
