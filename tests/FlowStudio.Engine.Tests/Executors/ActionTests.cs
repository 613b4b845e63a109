using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Executors;

public sealed class ActionTests
{
    private readonly EngineHarness _engine = new();

    // start ──► invoice (zoho-books.create_invoice) ──► end
    [Fact]
    public async Task ConnectorAction_CallsOperationWithMappedInputAndStepKey()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("invoice", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho-main", "operation": "zoho-books.create_invoice", "inputs": { "customer_id": "[trigger.customer]", "total": "[trigger.amount] / 100" } }""")
            .Node("end", NodeTypeKeys.Stop)
            .Connect("start", "invoice").Connect("invoice", "end");

        await _engine.StartAsync(flow, """{"customer":"C-9","amount":1999}""");

        var call = _engine.Connectors.Calls.ShouldHaveSingleItem();
        call.Operation.ShouldBe("zoho-books.create_invoice");
        call.Connection.ShouldBe("zoho-main");
        call.Input.GetRawText().ShouldBe("""{"customer_id":"C-9","total":19.99}""");
        call.IdempotencyKey.ShouldBe(IdempotencyKeys.For(_engine.RunId, "invoice", string.Empty));
        call.Attempt.ShouldBe(1);
        var step = _engine.Step("invoice");
        step.Input!.Value.GetRawText().ShouldBe("""{"customer_id":"C-9","total":19.99}""");
        step.Output!.Value.GetProperty("operation").GetString().ShouldBe("zoho-books.create_invoice");
        step.Duration.ShouldNotBeNull();
    }

    // start ──► get (GET https://api.example.com/orders/{{[trigger.id]}})
    [Fact]
    public async Task HttpRequest_RendersUrlHeadersAndBody()
    {
        var http = new FakeHttp();
        _engine.Http = http;
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("get", NodeTypeKeys.HttpRequest, """{ "method": "POST", "url": "https://api.example.com/orders/{{[trigger.id]}}", "headers": { "X-Tenant": "[trigger.tenant]" }, "body": "[trigger.payload]", "timeout": "PT5S" }""")
            .Connect("start", "get");

        var outcome = await _engine.StartAsync(flow, """{"id":42,"tenant":"t1","payload":{"qty":2}}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        var call = http.Calls.ShouldHaveSingleItem();
        call.Url.ToString().ShouldBe("https://api.example.com/orders/42");
        call.Method.ShouldBe("POST");
        call.Headers["X-Tenant"].ShouldBe("t1");
        call.Body!.Value.GetRawText().ShouldBe("""{"qty":2}""");
        call.Timeout.ShouldBe(TimeSpan.FromSeconds(5));
        _engine.Output("get").ShouldBe("""{"status":200}""");
    }

    // start ──► get      (no IHttpRequestSender registered)
    [Fact]
    public async Task HttpRequest_WithoutSender_FailsClearly()
    {
        var flow = new FlowBuilder().Node("start", NodeTypeKeys.ManualTrigger).Node("get", NodeTypeKeys.HttpRequest, """{ "url": "https://x.test" }""").Connect("start", "get");

        var outcome = await _engine.StartAsync(flow);

        outcome.Error!.Code.ShouldBe("http.unavailable");
    }

    // start ──► get (url renders to something that is not a URL)
    [Fact]
    public async Task HttpRequest_BadUrl_FailsPermanently()
    {
        _engine.Http = new FakeHttp();
        var flow = new FlowBuilder().Node("start", NodeTypeKeys.ManualTrigger).Node("get", NodeTypeKeys.HttpRequest, """{ "url": "file:///etc/passwd" }""").Connect("start", "get");

        var outcome = await _engine.StartAsync(flow);

        outcome.Error!.Code.ShouldBe("http.url");
    }

    // start ──► child (sub-flow "billing", no wait)
    [Fact]
    public async Task CallSubFlow_PassesInputAndKey()
    {
        var runner = new FakeSubFlows(RunStatus.Pending);
        _engine.SubFlows = runner;
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("child", NodeTypeKeys.CallSubFlow, """{ "flowId": "billing", "input": { "amount": "[trigger.amount]" }, "waitForCompletion": false }""")
            .Connect("start", "child");

        await _engine.StartAsync(flow, """{"amount":5.25}""");

        var call = runner.Calls.ShouldHaveSingleItem();
        call.FlowId.ShouldBe("billing");
        call.Input.GetRawText().ShouldBe("""{"amount":5.25}""");
        call.WaitForCompletion.ShouldBeFalse();
        call.IdempotencyKey.ShouldBe(IdempotencyKeys.For(_engine.RunId, "child", string.Empty));
        _engine.Output("child").ShouldBe($$"""{"runId":"{{FakeSubFlows.ChildId}}","status":"Pending"}""");
    }

    // start ──► child (sub-flow, wait) ──► done
    [Fact]
    public async Task CallSubFlow_Waiting_ParksUntilTheChildEnds_ThenContinuesWithItsOutput()
    {
        var runner = new FakeSubFlows(RunStatus.Running);
        _engine.SubFlows = runner;
        var flow = SubFlowThenDone();

        var parked = await _engine.StartAsync(flow, """{"amount":5.25}""");

        parked.Status.ShouldBe(RunStatus.Waiting);
        var bookmark = (await _engine.Memory.FindBookmarkAsync(parked.BookmarkId!, TestContext.Current.CancellationToken))!;
        bookmark.Wait.ShouldBe(new WaitForEventBookmark(SubFlowResult.CompletedEvent, FakeSubFlows.ChildId.ToString()));
        _engine.Ran("done").ShouldBeFalse();

        var resumed = await _engine.Interpreter().ResumeAsync(
            flow.Build(), parked.BookmarkId!,
            new BookmarkResolution(SubFlowResult.Succeeded, EngineHarness.Start) { Data = JsonValues.Parse("""{"invoice_id":"INV-7"}""") },
            TestContext.Current.CancellationToken);

        resumed.ShouldNotBeNull().Status.ShouldBe(RunStatus.Succeeded);
        _engine.Output("child").ShouldBe("""{"invoice_id":"INV-7"}""");
        _engine.Ran("done").ShouldBeTrue();
        runner.Calls.Count.ShouldBe(1);
    }

    // start ──► child (sub-flow, wait) ──► done ; child ──error──► handle
    [Fact]
    public async Task CallSubFlow_ChildFailure_FollowsTheErrorPort()
    {
        var runner = new FakeSubFlows(RunStatus.Running);
        _engine.SubFlows = runner;
        var flow = SubFlowThenDone().Node("handle", NodeTypeKeys.Stop).Connect("child", "handle", PortNames.Error);

        var parked = await _engine.StartAsync(flow);
        var resumed = await _engine.Interpreter().ResumeAsync(
            flow.Build(), parked.BookmarkId!,
            new BookmarkResolution(SubFlowResult.Failed, EngineHarness.Start) { Comment = "Zoho said the customer is inactive" },
            TestContext.Current.CancellationToken);

        resumed.ShouldNotBeNull().Status.ShouldBe(RunStatus.Succeeded);
        _engine.Ran("handle").ShouldBeTrue();
        _engine.Ran("done").ShouldBeFalse();
        _engine.Step("child").Error!.Message.ShouldContain("Zoho said the customer is inactive");
    }

    // start ──► child (sub-flow finished already) ──► done
    [Fact]
    public async Task CallSubFlow_ChildAlreadyFinished_ContinuesAtOnce()
    {
        _engine.SubFlows = new FakeSubFlows(RunStatus.Succeeded);

        var outcome = await _engine.StartAsync(SubFlowThenDone());

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Output("child").ShouldBe("""{"total":10.10}""");
    }

    // start ──► child (unknown flow)
    [Fact]
    public async Task CallSubFlow_Refused_FailsTheStepWithTheReason()
    {
        _engine.SubFlows = new FakeSubFlows(RunStatus.Pending);
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("child", NodeTypeKeys.CallSubFlow, """{ "flowId": "nope" }""")
            .Connect("start", "child");

        var outcome = await _engine.StartAsync(flow);

        outcome.Status.ShouldBe(RunStatus.Failed);
        outcome.Error!.Message.ShouldBe("no such flow");
    }

    private static FlowBuilder SubFlowThenDone() => new FlowBuilder()
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("child", NodeTypeKeys.CallSubFlow, """{ "flowId": "billing", "input": { "amount": "[trigger.amount]" } }""")
        .Node("done", NodeTypeKeys.Stop)
        .Connect("start", "child").Connect("child", "done");

    private sealed class FakeHttp : IHttpRequestSender
    {
        public List<HttpRequestCall> Calls { get; } = [];

        public Task<CallResult> SendAsync(HttpRequestCall request, CancellationToken cancellationToken)
        {
            Calls.Add(request);
            return Task.FromResult(CallResult.Success(JsonValues.Parse("""{"status":200}""")));
        }
    }

    private sealed class FakeSubFlows(RunStatus status) : ISubFlowRunner
    {
        public static readonly Guid ChildId = Guid.Parse("0b4e7a52-7a1f-4f47-9a55-3f0f2f7c1b11");

        public List<SubFlowCall> Calls { get; } = [];

        public Task<SubFlowOutcome> RunAsync(SubFlowCall request, CancellationToken cancellationToken)
        {
            Calls.Add(request);
            return Task.FromResult(request.FlowId == "billing"
                ? SubFlowOutcome.Started(new SubFlowResult(ChildId, status, status == RunStatus.Succeeded ? JsonValues.Parse("""{"total":10.10}""") : null))
                : SubFlowOutcome.Refused(StepError.Permanent("no such flow")));
        }
    }
}
