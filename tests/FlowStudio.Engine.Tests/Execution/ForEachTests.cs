using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Execution;

public sealed class ForEachTests
{
    private readonly EngineHarness _engine = new();

    // start ──► loop ─item─► double ─► loop.loop
    //                └done─► end ([steps.loop.output.count])
    [Fact]
    public async Task ForEach_Sequential_CollectsResultsInOrder()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("loop", NodeTypeKeys.ForEach, """{ "items": "[trigger.lines]" }""")
            .Node("double", NodeTypeKeys.Map, """{ "mappings": { "x": "[item.n] * 2", "first": "[steps.start.output.name]" } }""")
            .Node("end", NodeTypeKeys.Map, """{ "mappings": { "count": "[steps.loop.output.count]" } }""")
            .Connect("start", "loop").Connect("loop", "double", PortNames.Item).Connect("double", "loop", toPort: PortNames.Loop)
            .Connect("loop", "end", PortNames.Done);

        var outcome = await _engine.StartAsync(flow, """{"name":"a","lines":[{"n":1.5},{"n":2},{"n":3}]}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Output("loop").ShouldBe("""{"count":3,"results":[{"x":3.0,"first":"a"},{"x":4,"first":"a"},{"x":6,"first":"a"}],"resultsTruncated":false}""");
        _engine.Output("end").ShouldBe("""{"count":3}""");
        _engine.Step("double", "loop[1]").Output!.Value.GetRawText().ShouldBe("""{"x":4,"first":"a"}""");
        _engine.Step("loop").Port.ShouldBe(PortNames.Done);
    }

    // start ──► loop ─item─► act ─► loop.loop     (parallelism 4, 50 items)
    [Fact]
    public async Task ForEach_Parallel_EveryItemOnceResultsByIndex()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("loop", NodeTypeKeys.ForEach, """{ "items": "[trigger.items]", "parallelism": 4 }""")
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "zoho-books.create_payment", "inputs": { "n": "[item]" } }""")
            .Connect("start", "loop").Connect("loop", "act", PortNames.Item).Connect("act", "loop", toPort: PortNames.Loop);
        var items = string.Join(',', Enumerable.Range(0, 50));

        var outcome = await _engine.StartAsync(flow, $$"""{"items":[{{items}}]}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Connectors.Calls.Count.ShouldBe(50);
        _engine.Connectors.Calls.Select(c => c.IdempotencyKey).Distinct().Count().ShouldBe(50);
        var results = _engine.OutputElement("loop").GetProperty("results").EnumerateArray().Select(r => r.GetProperty("input").GetProperty("n").GetInt32());
        results.ShouldBe(Enumerable.Range(0, 50));
    }

    // start ──► loop ─item─► body ─► loop.loop ;  loop ─done─► end    (no items)
    [Fact]
    public async Task ForEach_EmptyList_GoesStraightToDone()
    {
        var outcome = await _engine.StartAsync(SimpleLoop("[trigger.items]"), """{"items":[]}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Output("loop").ShouldBe("""{"count":0,"results":[],"resultsTruncated":false}""");
        _engine.Ran("body").ShouldBeFalse();
        _engine.Ran("end").ShouldBeTrue();
    }

    // same graph, items is a number
    [Fact]
    public async Task ForEach_ItemsNotAList_Fails()
    {
        var outcome = await _engine.StartAsync(SimpleLoop("[trigger.items]"), """{"items":5}""");

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.Error!.Code.ShouldBe("forEach.items");
    }

    // start ──► outer ─item─► inner ─item─► line ─► inner.loop
    //                          └done─► sum ─► outer.loop
    [Fact]
    public async Task ForEach_Nested_PathsNameBothIterations()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("outer", NodeTypeKeys.ForEach, """{ "items": "[trigger.orders]" }""")
            .Node("inner", NodeTypeKeys.ForEach, """{ "items": "[item.lines]" }""")
            .Node("line", NodeTypeKeys.Map, """{ "mappings": { "amount": "[item.amount]" } }""")
            .Node("sum", NodeTypeKeys.Map, """{ "mappings": { "lines": "[steps.inner.output.count]" } }""")
            .Connect("start", "outer").Connect("outer", "inner", PortNames.Item)
            .Connect("inner", "line", PortNames.Item).Connect("line", "inner", toPort: PortNames.Loop)
            .Connect("inner", "sum", PortNames.Done).Connect("sum", "outer", toPort: PortNames.Loop);

        var outcome = await _engine.StartAsync(flow, """{"orders":[{"lines":[{"amount":1.10}]},{"lines":[{"amount":2},{"amount":3.30}]}]}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Output("line", "outer[1]/inner[1]").ShouldBe("""{"amount":3.30}""");
        _engine.Output("outer").ShouldBe("""{"count":2,"results":[{"lines":1},{"lines":2}],"resultsTruncated":false}""");
    }

    // start ──► loop ─item─► act ─► loop.loop        (item 1 fails; no error port anywhere)
    [Fact]
    public async Task ForEach_ItemFails_WithoutErrorPort_RunFailsNamingItem()
    {
        _engine.Connectors.Respond = call => call.Input.GetProperty("n").GetInt32() == 1
            ? CallResult.Failed(StepError.Permanent("rejected"))
            : CallResult.Success(FakeConnectors.Echo(call));
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("loop", NodeTypeKeys.ForEach, """{ "items": "[trigger.items]" }""")
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "x.y", "inputs": { "n": "[item]" } }""")
            .Connect("start", "loop").Connect("loop", "act", PortNames.Item).Connect("act", "loop", toPort: PortNames.Loop);

        var outcome = await _engine.StartAsync(flow, """{"items":[0,1,2]}""");

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.Error!.Message.ShouldBe("Item 1: rejected");
        _engine.Step("loop").Status.ShouldBe(StepStatus.Failed);
        _engine.Connectors.Calls.Count.ShouldBe(2);
    }

    // start ──► loop ─item─► act ─► loop.loop ;  loop ─error─► report
    [Fact]
    public async Task ForEach_ItemFails_ForEachErrorPortRoutes()
    {
        _engine.Connectors.Respond = _ => CallResult.Failed(StepError.Permanent("rejected"));
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("loop", NodeTypeKeys.ForEach, """{ "items": "[trigger.items]" }""")
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "x.y" }""")
            .Node("report", NodeTypeKeys.Map, """{ "mappings": { "why": "[steps.loop.output.message]" } }""")
            .Connect("start", "loop").Connect("loop", "act", PortNames.Item).Connect("act", "loop", toPort: PortNames.Loop)
            .Connect("loop", "report", PortNames.Error);

        var outcome = await _engine.StartAsync(flow, """{"items":[7]}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Output("report").ShouldBe("""{"why":"Item 0: rejected"}""");
    }

    // start ──► loop ─item─► check ─true─► stop       (stop at item 2 ends the run)
    //                                └false─► body ─► loop.loop
    [Fact]
    public async Task ForEach_StopInsideBranch_EndsWholeRun()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("loop", NodeTypeKeys.ForEach, """{ "items": "[trigger.items]" }""")
            .Node("check", NodeTypeKeys.Condition, """{ "condition": "[item] = 2" }""")
            .Node("stop", NodeTypeKeys.Stop)
            .Node("body", NodeTypeKeys.Map, """{ "mappings": { "n": "[item]" } }""")
            .Node("after", NodeTypeKeys.Map, """{ "mappings": {} }""")
            .Connect("start", "loop").Connect("loop", "check", PortNames.Item).Connect("check", "stop", PortNames.True)
            .Connect("check", "body", PortNames.False).Connect("body", "loop", toPort: PortNames.Loop).Connect("loop", "after", PortNames.Done);

        var outcome = await _engine.StartAsync(flow, """{"items":[0,1,2,3,4]}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Steps.Count(s => s.NodeId == "body").ShouldBe(2);
        _engine.Ran("after").ShouldBeFalse();
    }

    // start ──► loop (items from a $stream handle) ─item─► body ─► loop.loop
    [Fact]
    public async Task ForEach_StreamHandle_ReadsItemsFromSource()
    {
        _engine.Streams = new CountingStream();

        var outcome = await _engine.StartAsync(SimpleLoop("[trigger.source]"), """{"source":{"$stream":"numbers","count":5}}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.OutputElement("loop").GetProperty("count").GetInt32().ShouldBe(5);
        _engine.Output("body", "loop[4]").ShouldBe("""{"n":4}""");
    }

    // start ──► loop (stream breaks after 3 items) ─item─► body ─► loop.loop ; loop ─error─► handle
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ForEach_StreamFailsMidway_FailsTheForEachStepIntoItsErrorPort(int parallelism)
    {
        _engine.Streams = new CountingStream { FailAfter = 3 };
        var flow = SimpleLoop("[trigger.source]", parallelism) with { };
        var withHandler = flow with
        {
            Nodes = flow.Nodes.Add(new FlowStudio.Core.Flows.FlowNode { Id = "handle", Type = NodeTypeKeys.Stop }),
            Connections = flow.Connections.Add(new FlowStudio.Core.Flows.FlowConnection("loop", PortNames.Error, "handle", PortNames.In)),
        };

        var outcome = await _engine.StartAsync(withHandler, """{"source":{"$stream":"numbers","count":5}}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Ran("handle").ShouldBeTrue();
        _engine.Step("loop").Error.ShouldNotBeNull().Message.ShouldBe("Reading the items failed after 3 item(s): Zoho answered 503 for page 2");
        _engine.Steps.Count(s => s.NodeId == "body").ShouldBe(3);
    }

    // start ──► loop ─item─► body ─► loop.loop     (result cap 2 of 5)
    [Fact]
    public async Task ForEach_OverResultCap_CountsButKeepsFirstResults()
    {
        _engine.Options = _engine.Options with { MaxCollectedResults = 2 };

        await _engine.StartAsync(SimpleLoop("[trigger.items]"), """{"items":[0,1,2,3,4]}""");

        _engine.Output("loop").ShouldBe("""{"count":5,"results":[{"n":0},{"n":1}],"resultsTruncated":true}""");
    }

    internal static FlowStudio.Core.Flows.FlowDefinition SimpleLoop(string items, int parallelism = 1) => new FlowBuilder()
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("loop", NodeTypeKeys.ForEach, $$"""{ "items": "{{items}}", "parallelism": {{parallelism}} }""")
        .Node("body", NodeTypeKeys.Map, """{ "mappings": { "n": "[item]" } }""")
        .Node("end", NodeTypeKeys.Stop)
        .Connect("start", "loop").Connect("loop", "body", PortNames.Item).Connect("body", "loop", toPort: PortNames.Loop)
        .Connect("loop", "end", PortNames.Done)
        .Build();

    private sealed class CountingStream : IItemStreamSource
    {
        public int? FailAfter { get; init; }

        public async IAsyncEnumerable<JsonElement> OpenAsync(JsonElement handle, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var count = handle.GetProperty("count").GetInt32();
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                if (i == FailAfter)
                {
                    throw new ItemStreamException(StepError.Transient("Zoho answered 503 for page 2"));
                }

                yield return JsonValues.ToElement((decimal)i);
            }
        }
    }
}
