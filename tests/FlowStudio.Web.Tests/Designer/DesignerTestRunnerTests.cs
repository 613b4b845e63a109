using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Web.Designer.TestRuns;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Designer;

public sealed class DesignerTestRunnerTests
{
    //  [start: manual] ──► [gross: map total = ROUND(amount * 1.2, 2)] ──► [big: condition total > 1000] ─true→ [stop]
    //                                                                                                   └false→ [fail]
    private const string Flow = """
        { "schemaVersion": 1, "metadata": { "name": "Gross" },
          "nodes": [
            { "id": "start", "type": "trigger.manual" },
            { "id": "gross", "type": "logic.map", "config": { "mappings": { "total": "ROUND([trigger.amount] * 1.2, 2)" } } },
            { "id": "big", "type": "logic.condition", "config": { "condition": "[steps.gross.output.total] > 1000" } },
            { "id": "stop", "type": "flow.stop" },
            { "id": "fail", "type": "flow.fail", "config": { "message": "Too small: {{ [steps.gross.output.total] }}" } } ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "gross", "toPort": "in" },
            { "fromNode": "gross", "fromPort": "out", "toNode": "big", "toPort": "in" },
            { "fromNode": "big", "fromPort": "true", "toNode": "stop", "toPort": "in" },
            { "fromNode": "big", "fromPort": "false", "toNode": "fail", "toPort": "in" } ] }
        """;

    private static DesignerTestRunner Runner() => new(
        new NoConnectors(), new ExpressionEngine(TimeProvider.System), TimeProvider.System, EngineOptions.Default, new ServiceCollection().BuildServiceProvider());

    [Fact]
    public async Task RunAsync_BigAmount_ReportsEachNodeWithOutputsAndSkips()
    {
        var result = await Runner().RunAsync(FlowSerializer.Deserialize(Flow), NodeConfig.Parse("""{ "amount": 1000.05 }"""), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(RunStatus.Succeeded);
        result.Nodes["gross"].Status.ShouldBe(StepStatus.Succeeded);
        result.Nodes["gross"].Output!.Value.GetProperty("total").GetDecimal().ShouldBe(1200.06m);
        result.Nodes["big"].Port.ShouldBe("true");
        result.Nodes["fail"].Status.ShouldBe(StepStatus.Skipped);
    }

    [Fact]
    public async Task RunAsync_SmallAmount_FailsAtTheFailNodeWithItsMessage()
    {
        var result = await Runner().RunAsync(FlowSerializer.Deserialize(Flow), NodeConfig.Parse("""{ "amount": 10 }"""), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(RunStatus.Failed);
        result.FailedNodeId.ShouldBe("fail");
        result.Nodes["fail"].Status.ShouldBe(StepStatus.Failed);
        result.Nodes["fail"].Error!.ShouldContain("12");
        result.Nodes["stop"].Status.ShouldBe(StepStatus.Skipped);
    }

    [Fact]
    public void TriggerExamples_ManualSample_IsUsed()
    {
        var flow = FlowSerializer.Deserialize("""
            { "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "t", "type": "trigger.manual", "config": { "samplePayload": "{ \"amount\": 5 }" } } ] }
            """);

        TriggerExamples.For(flow).ShouldBe("""{ "amount": 5 }""");
    }

    private sealed class NoConnectors : IConnectorInvoker
    {
        public Task<CallResult> InvokeAsync(ConnectorCall call, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("This flow has no connector steps.");
    }
}
