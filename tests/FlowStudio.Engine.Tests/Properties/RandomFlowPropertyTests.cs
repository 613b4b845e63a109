using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Runs;
using FlowStudio.Core.Validation;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Properties;

public sealed class RandomFlowPropertyTests
{
    // Hundreds of random valid DAGs with conditions, switches, merges, for-each blocks, stops and fails.
    [Fact]
    public async Task RandomValidFlows_Terminate_EachStepAtMostOncePerIteration()
    {
        var generator = new RandomFlowGenerator(seed: 20260302);
        var validator = new FlowValidator(NodeCatalog.CreateBuiltIn(), new ExpressionEngine(TimeProvider.System));
        var checkedFlows = 0;
        for (var i = 0; i < 400; i++)
        {
            var flow = generator.Next();
            validator.Validate(flow).Where(issue => issue.Severity == ValidationSeverity.Error).ShouldBeEmpty($"generated flow {i} must be valid");
            var engine = new EngineHarness();
            var counting = new CountingRunStore(engine.Memory);
            engine.Store = counting;

            var run = engine.StartAsync(flow, RandomFlowGenerator.Trigger(i));
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

            finished.ShouldBe(run, $"flow {i} must terminate");
            var outcome = await run;
            outcome.Status.ShouldBeOneOf(RunStatus.Succeeded, RunStatus.Failed);
            counting.Starts.Values.ShouldAllBe(n => n == 1, $"flow {i}: a step ran twice");
            if (outcome.Status == RunStatus.Failed)
            {
                outcome.Error!.Message.ShouldBe("boom", $"flow {i}: only a fail node can fail these flows");
            }

            engine.Connectors.Calls.Select(c => c.IdempotencyKey).ShouldBeUnique();
            checkedFlows++;
        }

        checkedFlows.ShouldBe(400);
    }
}
