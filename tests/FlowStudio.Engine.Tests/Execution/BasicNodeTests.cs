using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Execution;

public sealed class BasicNodeTests
{
    private readonly EngineHarness _engine = new();

    // start ──► end
    [Theory]
    [InlineData(NodeTypeKeys.ManualTrigger)]
    [InlineData(NodeTypeKeys.WebhookTrigger)]
    [InlineData(NodeTypeKeys.ScheduleTrigger)]
    [InlineData(NodeTypeKeys.PollTrigger)]
    public async Task Trigger_AnyKind_OutputIsRunInput(string triggerType)
    {
        var outcome = await _engine.StartAsync(new FlowBuilder().Node("start", triggerType).Node("end", NodeTypeKeys.Stop).Connect("start", "end"), """{"amount":12.50}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Output("start").ShouldBe("""{"amount":12.50}""");
        _engine.Step("end").Status.ShouldBe(StepStatus.Succeeded);
    }

    // start ──► map ──► end
    [Fact]
    public async Task Map_Mappings_BuildNestedObjectWithExactDecimals()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "total": "[trigger.a] + [trigger.b]", "customer.name": "UPPER([trigger.name])", "customer.id": "[trigger.id]", "fixed": 5 } }""")
            .Node("end", NodeTypeKeys.Stop)
            .Connect("start", "map").Connect("map", "end");

        var outcome = await _engine.StartAsync(flow, """{"a":0.1,"b":0.2,"name":"acme","id":"C-1"}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Output("map").ShouldBe("""{"total":0.3,"customer":{"name":"ACME","id":"C-1"},"fixed":5}""");
    }

    // start ──► map ──► end     (map reads a missing field: null, not an error)
    [Fact]
    public async Task Map_MissingField_GivesNull()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "x": "[trigger.nothing]" } }""")
            .Connect("start", "map");

        await _engine.StartAsync(flow);

        _engine.Output("map").ShouldBe("""{"x":null}""");
    }

    // start ──► map (bad expression)
    [Fact]
    public async Task Map_ExpressionError_FailsRunNamingNodeAndField()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "x": "[trigger.a] * 'text'" } }""")
            .Connect("start", "map");

        var outcome = await _engine.StartAsync(flow, """{"a":1}""");

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.NodeId.ShouldBe("map");
        outcome.Error!.Code.ShouldBe("expression");
        outcome.Error.Message.ShouldContain("node 'map' field 'mappings.x'", Case.Insensitive);
        _engine.Step("map").Status.ShouldBe(StepStatus.Failed);
    }

    // start ──► setvar ──► map ([vars.total])
    [Fact]
    public async Task SetVariable_LaterStepReadsIt()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("setvar", NodeTypeKeys.SetVariable, """{ "name": "total", "value": "SUM([trigger.lines.*.amount])" }""")
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "total": "[vars.total]" } }""")
            .Connect("start", "setvar").Connect("setvar", "map");

        await _engine.StartAsync(flow, """{"lines":[{"amount":10.10},{"amount":0.20}]}""");

        _engine.Output("setvar").ShouldBe("""{"name":"total","value":10.30}""");
        _engine.Output("map").ShouldBe("""{"total":10.30}""");
    }

    // start ──► fail("Invoice {{[trigger.no]}} is missing")
    [Fact]
    public async Task Fail_RendersMessage_RunFails()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("fail", NodeTypeKeys.Fail, """{ "message": "Invoice {{[trigger.no]}} is missing" }""")
            .Connect("start", "fail");

        var outcome = await _engine.StartAsync(flow, """{"no":"INV-7"}""");

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.Error!.Message.ShouldBe("Invoice INV-7 is missing");
        _engine.Memory.Run(_engine.RunId).Status.ShouldBe(RunStatus.Failed);
    }

    // start ──► stop
    //       └─► after      (after comes later in order; stop ends the run first)
    [Fact]
    public async Task Stop_EndsRunSuccessfully_LaterNodesDoNotRun()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("stop", NodeTypeKeys.Stop)
            .Node("after", NodeTypeKeys.Map, """{ "mappings": { "x": "1" } }""")
            .Connect("start", "stop").Connect("start", "after");

        var outcome = await _engine.StartAsync(flow);

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Ran("after").ShouldBeFalse();
    }

    // start ──► odd (type nobody registered)
    [Fact]
    public async Task UnknownNodeType_FailsRunWithClearMessage()
    {
        var outcome = await _engine.StartAsync(new FlowBuilder().Node("start", NodeTypeKeys.ManualTrigger).Node("odd", "custom.odd").Connect("start", "odd"));

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.Error!.Message.ShouldContain("custom.odd");
    }

    // a ──► b ──► a   (a cycle; never published, but the engine must not loop)
    [Fact]
    public async Task Cycle_FailsRunWithoutExecuting()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("a", NodeTypeKeys.Map, """{ "mappings": {} }""").Node("b", NodeTypeKeys.Map, """{ "mappings": {} }""")
            .Connect("start", "a").Connect("a", "b").Connect("b", "a");

        var outcome = await _engine.StartAsync(flow);

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.Error!.Code.ShouldBe("flow.invalid");
        _engine.Steps.ShouldBeEmpty();
    }

    // start ──► end, run twice
    [Fact]
    public async Task RunAsync_OnFinishedRun_ReturnsOutcomeWithoutRunningAgain()
    {
        var flow = new FlowBuilder().Node("start", NodeTypeKeys.ManualTrigger).Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "x.y" }""").Connect("start", "act").Build();
        await _engine.StartAsync(flow);

        var again = await _engine.ResumeAsync(flow);

        again.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Connectors.Calls.Count.ShouldBe(1);
    }

    // start ──► map (output over the cap) ──► next (compares [steps.map.output.text])
    [Fact]
    public async Task OutputCap_StoresMarker_LaterStepsSeeWholeOutput()
    {
        _engine.Options = _engine.Options with { MaxStepOutputBytes = 100, TruncatedPreviewChars = 10 };
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "text": "[trigger.long]" } }""")
            .Node("next", NodeTypeKeys.Map, """{ "mappings": { "same": "[steps.map.output.text] = [trigger.long]" } }""")
            .Connect("start", "map").Connect("map", "next");
        var longText = new string('x', 500);

        await _engine.StartAsync(flow, $$"""{"long":"{{longText}}"}""");

        var stored = _engine.Step("map");
        stored.OutputTruncated.ShouldBeTrue();
        stored.Output!.Value.GetProperty("$truncated").GetBoolean().ShouldBeTrue();
        stored.Output.Value.GetProperty("bytes").GetInt32().ShouldBe(511);
        stored.Output.Value.GetProperty("preview").GetString()!.Length.ShouldBe(10);
        _engine.Step("start").OutputTruncated.ShouldBeTrue();
        _engine.Output("next").ShouldBe("""{"same":true}""");
    }

    // start ──► list (big array + count + handle) ──► (a resume reads [steps.list.output.count] from the marker)
    [Fact]
    public void OutputCap_KeepsSmallTopLevelFieldsOfATruncatedObject()
    {
        var options = EngineOptions.Default with { MaxStepOutputBytes = 1_000, TruncatedPreviewChars = 10 };
        var invoices = string.Join(",", Enumerable.Range(1, 50).Select(i => $$"""{"invoice_id":"{{i}}","total":{{i}}.50}"""));
        var output = JsonValues.Parse($$"""{"invoices":[{{invoices}}],"count":50,"has_more":true,"stream":{"$stream":"connector","connection":"conn_1"},"bytes":"clash"}""");

        var (stored, truncated) = OutputCap.Apply(output, options);

        truncated.ShouldBeTrue();
        stored.GetProperty("count").GetInt32().ShouldBe(50);
        stored.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        stored.GetProperty("stream").GetProperty("connection").GetString().ShouldBe("conn_1");
        stored.TryGetProperty("invoices", out _).ShouldBeFalse();
        stored.GetProperty("bytes").GetInt32().ShouldBe(JsonValues.ByteLength(output));
    }
}
