using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Infrastructure.Runs.Scheduling;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Runs.Workers;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>Restarts: what a process left behind (a run mid-step, a timer, a handed-back run) completes on the next start.</summary>
public sealed class RunRecoveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // start ──► first ──► second ──► end
    private static TestFlow TwoEffects() => new TestFlow("Two effects")
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("first", NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "x.first" }""")
        .Node("second", NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "x.second" }""")
        .Node("end", NodeTypeKeys.Stop)
        .Connect("start", "first").Connect("first", "second").Connect("second", "end");

    [Fact]
    public async Task Restart_RunDiedInTheMiddleOfAStep_ResumesFromTheLastCompletedStep()
    {
        using var temp = new TempDirectory();
        var directory = temp.Path;
        var connector = new TestConnector();
        Guid runId;
        await using (var crashed = await RunHarness.StartAsync(workers: false, directory: directory, connector: connector))
        {
            var flowId = await crashed.PublishAsync(TwoEffects().Build());
            runId = (await crashed.Launcher.EnqueueAsync(flowId, JsonValues.EmptyObject, cancellationToken: Ct)).RunId!.Value;
            var claim = (await crashed.Services.GetRequiredService<RunClaims>().ClaimAsync(1, Ct)).ShouldHaveSingleItem();
            using var death = new CancellationTokenSource();
            connector.Handler = async (call, ct) =>
            {
                if (call.NodeId == "second")
                {
                    // The process dies while the second effect is in flight.
                    await death.CancelAsync();
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return TestConnector.Echo(call);
            };
            var flow = (await crashed.Services.GetRequiredService<FlowStudio.Infrastructure.Flows.FlowStore>().GetAsync(flowId, Ct))!.Latest;
            await Should.ThrowAsync<OperationCanceledException>(() =>
                crashed.Services.GetRequiredService<FlowInterpreter>().RunAsync(flow, claim.Run.RunId, death.Token));
            var left = (await crashed.Queries.GetAsync(runId, Ct))!;
            left.Run.Status.ShouldBe(RunStatus.Running);
            left.Steps.Single(s => s.NodeId == "first").Status.ShouldBe(StepStatus.Succeeded);
        }

        connector.Handler = (call, _) => Task.FromResult(TestConnector.Echo(call));
        await using var restarted = await RunHarness.StartAsync(directory: directory, connector: connector);
        var run = await restarted.WaitForStatusAsync(runId, RunStatus.Succeeded);

        connector.Calls.Count(c => c.NodeId == "first").ShouldBe(1, "a completed step is replayed, not repeated");
        connector.Calls.Where(c => c.NodeId == "second").Select(c => c.IdempotencyKey).ShouldBe([IdempotencyKeys.For(runId, "second", ""), IdempotencyKeys.For(runId, "second", "")]);
        connector.Effects.Count.ShouldBe(2);
        connector.Effects.Values.ShouldAllBe(n => n == 1);
        run.Steps.Single(s => s.NodeId == "second").Attempt.ShouldBeGreaterThanOrEqualTo(1);
    }

    // start ──► wait (PT2S) ──► act
    [Fact]
    public async Task Restart_WhileWaitingOnATimer_TimerIsRestoredFromTheDatabase()
    {
        using var temp = new TempDirectory();
        var directory = temp.Path;
        var connector = new TestConnector();
        var flow = new TestFlow("Delayed")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("wait", NodeTypeKeys.Delay, """{ "mode": "duration", "duration": "PT2S" }""")
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "x.act" }""")
            .Connect("start", "wait").Connect("wait", "act").Build();
        Guid runId;
        await using (var before = await RunHarness.StartAsync(directory: directory, connector: connector))
        {
            runId = await before.StartRunAsync(await before.PublishAsync(flow));
            await before.WaitForStatusAsync(runId, RunStatus.Waiting);
        }

        await using var after = await RunHarness.StartAsync(directory: directory, connector: connector);
        var scheduler = await after.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        await after.WaitForAsync(runId, _ => scheduler.GetTrigger(ResumeRunJob.TriggerFor(runId), Ct).AsTask().Result is not null || connector.Calls.Count > 0);

        await after.WaitForStatusAsync(runId, RunStatus.Succeeded, TimeSpan.FromSeconds(10));
        connector.Calls.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Shutdown_WhileAStepRuns_RunIsHandedBackAndTheNextStartFinishesIt()
    {
        using var temp = new TempDirectory();
        var directory = temp.Path;
        var connector = new TestConnector();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connector.Handler = async (call, ct) =>
        {
            if (call.NodeId == "second")
            {
                entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }

            return TestConnector.Echo(call);
        };
        Guid runId;
        await using (var stopping = await RunHarness.StartAsync(directory: directory, connector: connector))
        {
            runId = await stopping.StartRunAsync(await stopping.PublishAsync(TwoEffects().Build()));
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
            await stopping.Host.StopAsync(TimeSpan.FromMilliseconds(200));
            await using var db = stopping.Host.CreateDbContext();
            var left = await db.Set<RunEntity>().SingleAsync(r => r.Id == runId, Ct);
            left.Status.ShouldBe(RunStatus.Running);
            left.LeaseOwner.ShouldBeNull("the run was handed back");
            left.ReadyAt.ShouldNotBeNull();
        }

        connector.Handler = (call, _) => Task.FromResult(TestConnector.Echo(call));
        await using var next = await RunHarness.StartAsync(directory: directory, connector: connector);
        await next.WaitForStatusAsync(runId, RunStatus.Succeeded);
        connector.Calls.Count(c => c.NodeId == "first").ShouldBe(1);
        connector.Effects.Values.ShouldAllBe(n => n == 1);
    }
}
