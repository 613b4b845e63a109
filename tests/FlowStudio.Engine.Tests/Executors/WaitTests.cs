using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Runs;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Executors;

public sealed class WaitTests
{
    private readonly EngineHarness _engine = new();

    // start ──► wait (PT1H) ──► act
    [Fact]
    public async Task Delay_ParksUntilDue_ThenContinuesOnce()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("wait", NodeTypeKeys.Delay, """{ "mode": "duration", "duration": "PT1H" }""")
            .Node("act", NodeTypeKeys.ConnectorAction, """{ "operation": "x.y" }""")
            .Connect("start", "wait").Connect("wait", "act").Build();

        var parked = await _engine.StartAsync(flow);

        parked.Status.ShouldBe(RunStatus.Waiting);
        parked.ResumeAt.ShouldBe(EngineHarness.Start.AddHours(1));
        _engine.Scheduler.Scheduled.ShouldHaveSingleItem().At.ShouldBe(EngineHarness.Start.AddHours(1));
        _engine.Step("wait").Status.ShouldBe(StepStatus.Waiting);
        _engine.Memory.Run(_engine.RunId).Status.ShouldBe(RunStatus.Waiting);

        _engine.Clock.Advance(TimeSpan.FromMinutes(10));
        (await _engine.ResumeAsync(flow)).Status.ShouldBe(RunStatus.Waiting);
        _engine.Connectors.Calls.ShouldBeEmpty();

        _engine.Clock.Advance(TimeSpan.FromMinutes(50));
        var done = await _engine.ResumeAsync(flow);

        done.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Connectors.Calls.Count.ShouldBe(1);
        _engine.Step("wait").Status.ShouldBe(StepStatus.Succeeded);
        (await _engine.Memory.FindBookmarkAsync(parked.BookmarkId!, TestContext.Current.CancellationToken))!.Wait.Kind.ShouldBe(BookmarkKind.Delay);
    }

    // start ──► wait (until a date already past) ──► end
    [Fact]
    public async Task Delay_UntilPast_ContinuesAtOnce()
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("wait", NodeTypeKeys.Delay, """{ "mode": "until", "until": "[trigger.due]" }""")
            .Node("end", NodeTypeKeys.Stop)
            .Connect("start", "wait").Connect("wait", "end");

        var outcome = await _engine.StartAsync(flow, """{"due":"2026-01-01"}""");

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Scheduler.Scheduled.ShouldBeEmpty();
    }

    // start ──► ok? ─approved─► yes
    //               ├rejected─► no
    //               └timedOut─► late
    [Theory]
    [InlineData("approved", "yes")]
    [InlineData("rejected", "no")]
    public async Task Approval_Resolution_TakesOutcomePort(string outcome, string expected)
    {
        var flow = ApprovalFlow();
        var parked = await _engine.StartAsync(flow, """{"amount":5000}""");
        parked.Status.ShouldBe(RunStatus.Waiting);
        var bookmark = (await _engine.Memory.FindBookmarkAsync(parked.BookmarkId!, TestContext.Current.CancellationToken))!;
        var wait = bookmark.Wait.ShouldBeOfType<Core.Runs.ApprovalBookmark>();
        wait.ApproverRole.ShouldBe("Reviewer");
        wait.Message.ShouldBe("Approve 5000?");
        wait.DueAt.ShouldBe(EngineHarness.Start.AddDays(2));

        var resumed = await _engine.Interpreter().ResumeAsync(flow, parked.BookmarkId!, new BookmarkResolution(outcome, EngineHarness.Start.AddHours(3)) { ResolvedBy = "clerk@example.com" }, TestContext.Current.CancellationToken);

        resumed!.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Steps.Where(s => s.NodeId is "yes" or "no" or "late").Select(s => s.NodeId).ShouldBe([expected]);
        _engine.OutputElement("ok").GetProperty("by").GetString().ShouldBe("clerk@example.com");
    }

    // same graph: nobody decides within two days
    [Fact]
    public async Task Approval_PastTimeout_TakesTimedOut()
    {
        var flow = ApprovalFlow();
        var parked = await _engine.StartAsync(flow, """{"amount":5000}""");
        parked.ResumeAt.ShouldBe(EngineHarness.Start.AddDays(2));

        _engine.Clock.Advance(TimeSpan.FromDays(2));
        var resumed = await _engine.ResumeAsync(flow);

        resumed.Status.ShouldBe(RunStatus.Succeeded);
        _engine.Ran("late").ShouldBeTrue();
        _engine.Ran("yes").ShouldBeFalse();
    }

    // same graph: a second decision on a resolved bookmark changes nothing
    [Fact]
    public async Task Approval_SecondDecision_IsIgnored()
    {
        var flow = ApprovalFlow();
        var parked = await _engine.StartAsync(flow, """{"amount":1}""");
        var interpreter = _engine.Interpreter();
        await interpreter.ResumeAsync(flow, parked.BookmarkId!, new BookmarkResolution("approved", EngineHarness.Start), TestContext.Current.CancellationToken);

        var second = await interpreter.ResumeAsync(flow, parked.BookmarkId!, new BookmarkResolution("rejected", EngineHarness.Start), TestContext.Current.CancellationToken);

        second.ShouldBeNull();
        _engine.Ran("no").ShouldBeFalse();
    }

    private static Core.Flows.FlowDefinition ApprovalFlow() => new FlowBuilder()
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("ok", NodeTypeKeys.WaitForApproval, """{ "approverRole": "Reviewer", "message": "Approve {{[trigger.amount]}}?", "timeout": "P2D" }""")
        .Node("yes", NodeTypeKeys.Map, """{ "mappings": {} }""").Node("no", NodeTypeKeys.Map, """{ "mappings": {} }""").Node("late", NodeTypeKeys.Map, """{ "mappings": {} }""")
        .Connect("start", "ok").Connect("ok", "yes", PortNames.Approved).Connect("ok", "no", PortNames.Rejected).Connect("ok", "late", PortNames.TimedOut)
        .Build();
}
