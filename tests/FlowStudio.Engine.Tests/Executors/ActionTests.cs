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

    // start ──► child (sub-flow "billing")
    [Fact]
    public async Task CallSubFlow_PassesInputAndKey()
    {
        var runner = new FakeSubFlows();
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
        _engine.Output("child").ShouldBe("""{"childRun":"r-1"}""");
    }

    private sealed class FakeHttp : IHttpRequestSender
    {
        public List<HttpRequestCall> Calls { get; } = [];

        public Task<CallResult> SendAsync(HttpRequestCall request, CancellationToken cancellationToken)
        {
            Calls.Add(request);
            return Task.FromResult(CallResult.Success(JsonValues.Parse("""{"status":200}""")));
        }
    }

    private sealed class FakeSubFlows : ISubFlowRunner
    {
        public List<SubFlowCall> Calls { get; } = [];

        public Task<CallResult> RunAsync(SubFlowCall request, CancellationToken cancellationToken)
        {
            Calls.Add(request);
            return Task.FromResult(request.FlowId == "billing"
                ? CallResult.Success(JsonValues.Parse("""{"childRun":"r-1"}"""))
                : CallResult.Failed(StepError.Permanent("no such flow")));
        }
    }
}
