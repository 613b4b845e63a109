using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>The EF run store on real SQLite, through the engine's <see cref="IRunStore"/> contract.</summary>
public sealed class RunStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private RunHarness harness = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IRunStore Store => harness.Services.GetRequiredService<IRunStore>();

    public async ValueTask InitializeAsync() => harness = await RunHarness.StartAsync(
        workers: false,
        settings: new Dictionary<string, string?> { ["Runs:RetainedIterations"] = "2", ["Runs:Engine:MaxStepOutputBytes"] = "256" });

    public async ValueTask DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Steps_WrittenAndLoaded_EveryFieldSurvives()
    {
        var runId = await CreateRunAsync();
        var started = new StepRecord { RunId = runId, NodeId = "charge", IterationPath = "loop[3]", Status = StepStatus.Running, Attempt = 2, StartedAt = T0 };
        await Store.StepStartedAsync(started, Ct);
        var failed = started with
        {
            Status = StepStatus.Waiting,
            Input = JsonValues.Parse("""{"amount":12.10}"""),
            Error = StepError.Transient("429 Too Many Requests", TimeSpan.FromSeconds(7), "rate_limited"),
            CompletedAt = T0.AddMilliseconds(250),
            Duration = TimeSpan.FromMilliseconds(250),
            NextAttemptAt = T0.AddSeconds(9),
        };
        await Store.StepFailedAsync(failed, Ct);
        var done = new StepRecord
        {
            RunId = runId, NodeId = "map", Status = StepStatus.Succeeded, StartedAt = T0, CompletedAt = T0, Duration = TimeSpan.FromTicks(1234),
            Output = JsonValues.Parse("""{"total":125.50,"lines":[1,2]}"""), Port = PortNames.Out,
        };
        await Store.StepStartedAsync(done with { Status = StepStatus.Running, Output = null }, Ct);
        await Store.StepCompletedAsync(done, Ct);

        var snapshot = (await Store.LoadAsync(runId, Ct))!;

        snapshot.Steps.Keys.Order(StringComparer.Ordinal).ShouldBe(["charge@loop[3]", "map"]);
        var charge = snapshot.Steps["charge@loop[3]"];
        charge.Status.ShouldBe(StepStatus.Waiting);
        charge.Attempt.ShouldBe(2);
        charge.Input!.Value.GetRawText().ShouldBe("""{"amount":12.10}""");
        charge.Error.ShouldBe(StepError.Transient("429 Too Many Requests", TimeSpan.FromSeconds(7), "rate_limited"));
        charge.NextAttemptAt.ShouldBe(T0.AddSeconds(9));
        charge.Duration.ShouldBe(TimeSpan.FromMilliseconds(250));
        var map = snapshot.Steps["map"];
        map.Output!.Value.GetRawText().ShouldBe("""{"total":125.50,"lines":[1,2]}""", "amounts keep their decimal text");
        map.Port.ShouldBe(PortNames.Out);
        map.Duration.ShouldBe(TimeSpan.FromTicks(1234));
        snapshot.Run.Trigger.GetRawText().ShouldBe("""{"amount":1}""");
    }

    [Fact]
    public async Task Bookmark_CreatedTwice_KeepsTheFirstAndResolvesOnlyOnce()
    {
        var runId = await CreateRunAsync();
        var bookmark = new BookmarkRecord
        {
            BookmarkId = $"{runId:N}:approve", RunId = runId, NodeId = "approve", CreatedAt = T0,
            Wait = new ApprovalBookmark("Reviewer", "Refund?") { DueAt = T0.AddDays(2) },
        };
        await Store.CreateBookmarkAsync(bookmark, Ct);
        await Store.CreateBookmarkAsync(bookmark with { Wait = new ApprovalBookmark("Admin", "second") }, Ct);

        (await Store.ResolveBookmarkAsync(bookmark.BookmarkId, new BookmarkResolution(PortNames.Approved, T0.AddHours(1)) { ResolvedBy = "ann" }, Ct)).ShouldBeTrue();
        (await Store.ResolveBookmarkAsync(bookmark.BookmarkId, new BookmarkResolution(PortNames.Rejected, T0.AddHours(2)), Ct)).ShouldBeFalse();
        (await Store.ResolveBookmarkAsync("unknown", new BookmarkResolution(PortNames.Rejected, T0), Ct)).ShouldBeFalse();

        var found = (await Store.FindBookmarkAsync(bookmark.BookmarkId, Ct))!;
        found.Wait.ShouldBe(new ApprovalBookmark("Reviewer", "Refund?") { DueAt = T0.AddDays(2) });
        found.Resolution!.Outcome.ShouldBe(PortNames.Approved);
        found.Resolution.ResolvedBy.ShouldBe("ann");
        (await Store.LoadAsync(runId, Ct))!.Bookmarks.Keys.ShouldBe([bookmark.BookmarkId]);
    }

    [Fact]
    public async Task RunStatus_AfterTheRunEnded_KeepsItsEnding()
    {
        var runId = await CreateRunAsync();
        await Store.SaveRunStatusAsync(runId, RunStatus.Running, null, Ct);
        await Store.SaveRunStatusAsync(runId, RunStatus.Cancelled, StepError.Permanent("Cancelled by ann."), Ct);

        await Store.SaveRunStatusAsync(runId, RunStatus.Succeeded, null, Ct);

        var run = (await Store.LoadAsync(runId, Ct))!.Run;
        run.Status.ShouldBe(RunStatus.Cancelled);
        run.Error!.Message.ShouldBe("Cancelled by ann.");
    }

    // start ──► loop ─item─► charge ─► loop.loop      (5 items; item 3 fails transiently, so the run parks)
    [Fact]
    public async Task ForEach_ItemsPastTheRetainedOnes_StepsDroppedButProgressKept()
    {
        harness.Connector.Handler = (call, _) => Task.FromResult(call.Input.GetProperty("n").GetInt32() == 3
            ? CallResult.Failed(StepError.Transient("busy"))
            : TestConnector.Echo(call));
        var flow = new TestFlow()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("loop", NodeTypeKeys.ForEach, """{ "items": "[trigger.items]" }""")
            .Node("charge", NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "x.charge", "inputs": { "n": "[item]" } }""")
            .Connect("start", "loop").Connect("loop", "charge", PortNames.Item).Connect("charge", "loop", toPort: PortNames.Loop)
            .Build();
        var runId = Guid.NewGuid();

        var outcome = await harness.Services.GetRequiredService<FlowInterpreter>()
            .StartAsync(flow, Guid.NewGuid().ToString(), 1, runId, JsonValues.Parse("""{"items":[0,1,2,3,4]}"""), Ct);

        outcome.Status.ShouldBe(RunStatus.Waiting);
        var snapshot = (await Store.LoadAsync(runId, Ct))!;
        var progress = snapshot.Loops["loop"];
        progress.CompletedBelow.ShouldBe(3);
        progress.Results.Keys.ShouldBe([0, 1, 2]);
        snapshot.Steps.Keys.Order(StringComparer.Ordinal).ShouldBe(["charge@loop[0]", "charge@loop[1]", "charge@loop[3]", "loop", "start"]);
        snapshot.Steps["charge@loop[3]"].Status.ShouldBe(StepStatus.Waiting);
    }

    // start ──► big (returns ~2 KB) ──► end
    [Fact]
    public async Task Output_OverTheCap_PersistedAsTruncationMarker()
    {
        var payload = new string('x', 2_000);
        harness.Connector.Handler = (_, _) => Task.FromResult(CallResult.Success(JsonValues.ToElement(payload)));
        var flow = new TestFlow()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("big", NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "x.export" }""")
            .Connect("start", "big").Build();
        var runId = Guid.NewGuid();

        await harness.Services.GetRequiredService<FlowInterpreter>().StartAsync(flow, Guid.NewGuid().ToString(), 1, runId, JsonValues.EmptyObject, Ct);

        var step = (await harness.Queries.GetAsync(runId, Ct))!.Steps.Single(s => s.NodeId == "big");
        step.OutputTruncated.ShouldBeTrue();
        var marker = step.Output!.Value;
        marker.GetProperty(OutputCap.MarkerProperty).GetBoolean().ShouldBeTrue();
        marker.GetProperty("bytes").GetInt32().ShouldBe(2_002);
        marker.GetProperty("preview").GetString()!.Length.ShouldBe(512);
    }

    private async Task<Guid> CreateRunAsync()
    {
        var runId = Guid.NewGuid();
        await Store.CreateRunAsync(
            new RunRecord { RunId = runId, FlowId = Guid.NewGuid().ToString(), FlowVersion = 3, Trigger = JsonValues.Parse("""{"amount":1}"""), CreatedAt = T0 },
            Ct);
        return runId;
    }
}
