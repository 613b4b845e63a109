using System.Diagnostics;
using FlowStudio.Core.Auditing;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Runs.Scheduling;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>Bookmarks, timers and retries: a run parks as Waiting and is resumed by a decision or by Quartz.</summary>
public sealed class RunWaitTests : IAsyncLifetime
{
    private RunHarness harness = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Polling every five minutes: only a Quartz trigger (or a decision) can wake a waiting run in these tests.
    public async ValueTask InitializeAsync() => harness = await RunHarness.StartAsync(settings: new Dictionary<string, string?> { ["Runs:PollInterval"] = "00:05:00" });

    public async ValueTask DisposeAsync() => await harness.DisposeAsync();

    // start ──► approve ─approved─► book ──► end
    //                   └rejected─► notify
    private static TestFlow ApprovalFlow(string timeout = "") => new TestFlow("Approve refund")
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("approve", NodeTypeKeys.WaitForApproval, $$$"""{ "approverRole": "Reviewer", "message": "Refund {{[trigger.amount]}}?" {{{timeout}}} }""")
        .Node("book", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.create_credit_note", "inputs": { "amount": "[trigger.amount]" } }""")
        .Node("notify", NodeTypeKeys.ConnectorAction, """{ "connection": "slack", "operation": "slack.post_message", "inputs": { "text": "'rejected'" } }""")
        .Node("end", NodeTypeKeys.Stop)
        .Connect("start", "approve").Connect("approve", "book", PortNames.Approved).Connect("approve", "notify", PortNames.Rejected).Connect("book", "end");

    [Fact]
    public async Task Approval_Approved_ResumesAtApprovedPortAndRefusesASecondDecision()
    {
        var flowId = await harness.PublishAsync(ApprovalFlow().Build());
        var runId = await harness.StartRunAsync(flowId, """{"amount":75.25}""");
        var waiting = await harness.WaitForStatusAsync(runId, RunStatus.Waiting);
        var wait = waiting.Waits.ShouldHaveSingleItem();
        wait.Wait.ShouldBeOfType<ApprovalBookmark>().Message.ShouldBe("Refund 75.25?");
        (await harness.Queries.ListOpenWaitsAsync(BookmarkKind.Approval, "Reviewer", cancellationToken: Ct)).ShouldHaveSingleItem().BookmarkId.ShouldBe(wait.BookmarkId);

        var decided = await harness.Launcher.ResolveWaitAsync(wait.BookmarkId, PortNames.Approved, RunHarness.Admin, "ok", cancellationToken: Ct);
        decided.Status.ShouldBe(RunCommandStatus.Succeeded);
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        run.Steps.Select(s => s.NodeId).ShouldBe(["start", "approve", "book", "end"]);
        var approval = run.Steps.Single(s => s.NodeId == "approve");
        approval.Port.ShouldBe(PortNames.Approved);
        approval.Output!.Value.GetProperty("by").GetString().ShouldBe(RunHarness.Admin.Name);
        run.Waits.ShouldHaveSingleItem().Resolution!.Comment.ShouldBe("ok");
        harness.Connector.Calls.ShouldHaveSingleItem().NodeId.ShouldBe("book");
        var again = await harness.Launcher.ResolveWaitAsync(wait.BookmarkId, PortNames.Rejected, RunHarness.Admin, cancellationToken: Ct);
        again.Status.ShouldBe(RunCommandStatus.Conflict);
        (await harness.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = AuditActions.RunWaitResolved }, Ct)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Approval_Rejected_TakesRejectedPort()
    {
        var flowId = await harness.PublishAsync(ApprovalFlow().Build());
        var runId = await harness.StartRunAsync(flowId, """{"amount":10}""");
        var wait = (await harness.WaitForStatusAsync(runId, RunStatus.Waiting)).Waits.Single();

        var bad = await harness.Launcher.ResolveWaitAsync(wait.BookmarkId, "maybe", RunHarness.Admin, cancellationToken: Ct);
        bad.Status.ShouldBe(RunCommandStatus.Invalid);
        await harness.Launcher.ResolveWaitAsync(wait.BookmarkId, PortNames.Rejected, RunHarness.Admin, cancellationToken: Ct);
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded);

        run.Steps.Single(s => s.NodeId == "approve").Port.ShouldBe(PortNames.Rejected);
        harness.Connector.Calls.ShouldHaveSingleItem().NodeId.ShouldBe("notify");
    }

    [Fact]
    public async Task Approval_NobodyDecidesBeforeTheTimeout_ContinuesAtTimedOut()
    {
        var flow = ApprovalFlow(timeout: """, "timeout": "PT1S" """).Node("late", NodeTypeKeys.ConnectorAction, """{ "connection": "slack", "operation": "slack.post_message" }""")
            .Connect("approve", "late", PortNames.TimedOut).Build();
        var flowId = await harness.PublishAsync(flow);
        var runId = await harness.StartRunAsync(flowId, """{"amount":5}""");
        await harness.WaitForStatusAsync(runId, RunStatus.Waiting);

        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded, TimeSpan.FromSeconds(10));

        run.Steps.Single(s => s.NodeId == "approve").Port.ShouldBe(PortNames.TimedOut);
        harness.Connector.Calls.ShouldHaveSingleItem().NodeId.ShouldBe("late");
    }

    // start ──► wait (PT1S) ──► act
    [Fact]
    public async Task Delay_TimerFiresThroughQuartz_RunResumesOnTime()
    {
        var flowId = await harness.PublishAsync(new TestFlow("Delayed")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("wait", NodeTypeKeys.Delay, """{ "mode": "duration", "duration": "PT1S" }""")
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "x.y" }""")
            .Connect("start", "wait").Connect("wait", "act").Build());
        var watch = Stopwatch.StartNew();
        var runId = await harness.StartRunAsync(flowId);
        var waiting = await harness.WaitForStatusAsync(runId, RunStatus.Waiting);
        waiting.Waits.ShouldHaveSingleItem().Wait.ShouldBeOfType<DelayBookmark>();
        var scheduler = await harness.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        (await scheduler.GetTrigger(ResumeRunJob.TriggerFor(runId), Ct)).ShouldNotBeNull();

        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded, TimeSpan.FromSeconds(10));

        // Polling alone would take up to the poll interval plus a claim; Quartz fires at the due time.
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        run.Steps.Single(s => s.NodeId == "wait").Output!.Value.TryGetProperty("resumedAt", out _).ShouldBeTrue();
        harness.Connector.Calls.ShouldHaveSingleItem();
    }

    // start ──► charge (retry: 3 attempts, 300 ms) ──► end
    [Fact]
    public async Task TransientFailure_RetriedByQuartzTimer_SucceedsWithOneEffect()
    {
        var flowId = await harness.PublishAsync(new TestFlow("Retry")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("charge", NodeTypeKeys.ConnectorAction, """{ "connection": "stripe", "operation": "stripe.create_charge", "retry": { "maxAttempts": 3, "initialDelay": "PT0.3S", "jitter": 0 } }""")
            .Node("end", NodeTypeKeys.Stop)
            .Connect("start", "charge").Connect("charge", "end").Build());
        var calls = 0;
        harness.Connector.Handler = (call, _) => Task.FromResult(Interlocked.Increment(ref calls) < 3
            ? CallResult.Failed(StepError.Transient("503 from Stripe"))
            : TestConnector.Echo(call));
        var watch = Stopwatch.StartNew();

        var runId = await harness.StartRunAsync(flowId);
        var parked = await harness.WaitForAsync(runId, r => r.Steps.Any(s => s.NodeId == "charge" && s.NextAttemptAt != null));
        parked.Steps.Single(s => s.NodeId == "charge").Status.ShouldBe(StepStatus.Waiting);
        var run = await harness.WaitForStatusAsync(runId, RunStatus.Succeeded, TimeSpan.FromSeconds(10));

        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9), "0.3 s then 0.6 s of backoff");
        var charge = run.Steps.Single(s => s.NodeId == "charge");
        charge.Attempt.ShouldBe(3);
        charge.Error.ShouldBeNull();
        charge.NextAttemptAt.ShouldBeNull();
        harness.Connector.Calls.Select(c => c.IdempotencyKey).Distinct().ShouldHaveSingleItem();
        harness.Connector.Effects.Values.ShouldBe([1]);
    }

    [Fact]
    public async Task Cancel_WaitingRun_EndsItAndDropsItsWait()
    {
        var flowId = await harness.PublishAsync(ApprovalFlow(timeout: """, "timeout": "PT1H" """).Build());
        var runId = await harness.StartRunAsync(flowId, """{"amount":1}""");
        var wait = (await harness.WaitForStatusAsync(runId, RunStatus.Waiting)).Waits.Single();
        var scheduler = await harness.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        (await scheduler.GetTrigger(ResumeRunJob.TriggerFor(runId), Ct)).ShouldNotBeNull("the approval timeout is a timer");

        var result = await harness.Launcher.CancelAsync(runId, RunHarness.Admin, Ct);

        result.Status.ShouldBe(RunCommandStatus.Succeeded);
        var run = (await harness.Queries.GetAsync(runId, Ct))!;
        run.Run.Status.ShouldBe(RunStatus.Cancelled);
        run.Run.Error.ShouldBe($"Cancelled by {RunHarness.Admin.Name}.");
        run.Steps.Single(s => s.NodeId == "approve").Status.ShouldBe(StepStatus.Cancelled);
        (await scheduler.GetTrigger(ResumeRunJob.TriggerFor(runId), Ct)).ShouldBeNull();
        (await harness.Queries.ListOpenWaitsAsync(cancellationToken: Ct)).ShouldBeEmpty();
        (await harness.Launcher.ResolveWaitAsync(wait.BookmarkId, PortNames.Approved, RunHarness.Admin, cancellationToken: Ct)).Status.ShouldBe(RunCommandStatus.Conflict);
        (await harness.Launcher.CancelAsync(runId, RunHarness.Admin, Ct)).Status.ShouldBe(RunCommandStatus.Conflict);
        (await harness.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = AuditActions.RunCancelled }, Ct)).Total.ShouldBe(1);
    }

    // start ──► slow (blocks until cancelled) ──► after
    [Fact]
    public async Task Cancel_RunningRun_StopsTheStepInFlight()
    {
        var flowId = await harness.PublishAsync(new TestFlow("Slow")
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("slow", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "x.slow" }""")
            .Node("after", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "x.after" }""")
            .Connect("start", "slow").Connect("slow", "after").Build());
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Connector.Handler = async (call, ct) =>
        {
            entered.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                stopped.TrySetResult();
                throw;
            }

            return TestConnector.Echo(call);
        };
        var runId = await harness.StartRunAsync(flowId);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        (await harness.Launcher.CancelAsync(runId, RunHarness.Admin, Ct)).Status.ShouldBe(RunCommandStatus.Succeeded);

        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        // The stopped step is written by the worker after the call unwinds; wait for it rather than guess a delay.
        var run = await harness.WaitForAsync(runId, r => r.Steps.Any(s => s.NodeId == "slow" && s.Status == StepStatus.Cancelled));
        run.Run.Status.ShouldBe(RunStatus.Cancelled);
        run.Steps.Single(s => s.NodeId == "slow").Status.ShouldBe(StepStatus.Cancelled);
        harness.Connector.Calls.ShouldNotContain(c => c.NodeId == "after");
    }
}
