using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Retry;

public sealed class RetryExecutionTests
{
    private readonly EngineHarness _engine = new();

    // start ──► act (retry: 3 attempts, 2 s, ×2, no jitter) ──► end ;  act ─error─► handle
    private static Core.Flows.FlowDefinition Flow(int maxAttempts = 3) => new FlowBuilder()
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("act", NodeTypeKeys.ConnectorAction, $$"""{ "operation": "stripe.create_refund", "retry": { "maxAttempts": {{maxAttempts}}, "initialDelay": "PT2S", "multiplier": 2, "jitter": 0 } }""")
        .Node("end", NodeTypeKeys.Stop)
        .Node("handle", NodeTypeKeys.Map, """{ "mappings": { "why": "[steps.act.output.message]" } }""")
        .Connect("start", "act").Connect("act", "end").Connect("act", "handle", PortNames.Error)
        .Build();

    [Fact]
    public async Task TransientFailure_ParksAndSchedules_ThenRetriesWithSameKey()
    {
        var failures = 1;
        _engine.Connectors.Respond = call => failures-- > 0
            ? CallResult.Failed(StepError.Transient("503 Service Unavailable"))
            : CallResult.Success(FakeConnectors.Echo(call));
        var flow = Flow();

        var parked = await _engine.StartAsync(flow);

        parked.Status.ShouldBe(RunStatus.Waiting);
        parked.ResumeAt.ShouldBe(EngineHarness.Start.AddSeconds(2));
        _engine.Scheduler.Scheduled.ShouldHaveSingleItem().At.ShouldBe(EngineHarness.Start.AddSeconds(2));
        var waiting = _engine.Step("act");
        waiting.Status.ShouldBe(StepStatus.Waiting);
        waiting.Attempt.ShouldBe(1);
        waiting.NextAttemptAt.ShouldBe(EngineHarness.Start.AddSeconds(2));
        waiting.Error!.IsTransient.ShouldBeTrue();

        (await _engine.ResumeAsync(flow)).Status.ShouldBe(RunStatus.Waiting);
        _engine.Connectors.Calls.Count.ShouldBe(1);

        _engine.Clock.Advance(TimeSpan.FromSeconds(2));
        var done = await _engine.ResumeAsync(flow);

        done.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Connectors.Calls.Select(c => c.Attempt).ShouldBe([1, 2]);
        _engine.Connectors.Calls.Select(c => c.IdempotencyKey).Distinct().ShouldHaveSingleItem();
        _engine.Step("act").Attempt.ShouldBe(2);
        _engine.Ran("handle").ShouldBeFalse();
    }

    [Fact]
    public async Task RetryAfter_LongerThanBackoff_DecidesTheTime()
    {
        _engine.Connectors.Respond = _ => CallResult.Failed(StepError.Transient("429 Too Many Requests", TimeSpan.FromSeconds(60)));

        var parked = await _engine.StartAsync(Flow());

        parked.ResumeAt.ShouldBe(EngineHarness.Start.AddSeconds(60));
    }

    [Fact]
    public async Task TransientFailure_AttemptsExhausted_RoutesToErrorPort()
    {
        _engine.Connectors.Respond = _ => CallResult.Failed(StepError.Transient("timeout"));
        var flow = Flow(maxAttempts: 3);

        var outcome = await _engine.StartAsync(flow);
        for (var i = 0; i < 5 && outcome.Status == RunStatus.Waiting; i++)
        {
            _engine.Clock.Advance(outcome.ResumeAt!.Value - _engine.Clock.GetUtcNow());
            outcome = await _engine.ResumeAsync(flow);
        }

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Connectors.Calls.Count.ShouldBe(3);
        _engine.Scheduler.Scheduled.Select(s => s.At - EngineHarness.Start).ShouldBe([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6)]);
        _engine.Step("act").Status.ShouldBe(StepStatus.Failed);
        _engine.Output("handle").ShouldBe("""{"why":"timeout"}""");
    }

    [Fact]
    public async Task PermanentFailure_IsNotRetried()
    {
        _engine.Connectors.Respond = _ => CallResult.Failed(StepError.Permanent("invalid customer"));

        var outcome = await _engine.StartAsync(Flow());

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Connectors.Calls.Count.ShouldBe(1);
        _engine.Scheduler.Scheduled.ShouldBeEmpty();
        _engine.Ran("handle").ShouldBeTrue();
    }

    [Fact]
    public async Task MaxAttemptsOne_TransientFailsAtOnce()
    {
        _engine.Connectors.Respond = _ => CallResult.Failed(StepError.Transient("503"));

        await _engine.StartAsync(Flow(maxAttempts: 1));

        _engine.Connectors.Calls.Count.ShouldBe(1);
        _engine.Ran("handle").ShouldBeTrue();
    }
}
