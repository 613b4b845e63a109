using System.Collections.Concurrent;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Runs.Workers;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>Leases: a claim is atomic across independent nodes, respects the per-flow limit, and expires.</summary>
public sealed class RunClaimTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // start ──► end
    private static TestFlow Tiny(string name) => new TestFlow(name)
        .Node("start", NodeTypeKeys.ManualTrigger).Node("end", NodeTypeKeys.Stop).Connect("start", "end");

    [Fact]
    public async Task Claim_ThreeNodesAtOnce_EveryRunClaimedExactlyOnce()
    {
        using var temp = new TempDirectory();
        var directory = temp.Path;
        await using var first = await RunHarness.StartAsync(workers: false, directory: directory);
        await using var second = await RunHarness.StartAsync(workers: false, directory: directory);
        await using var third = await RunHarness.StartAsync(workers: false, directory: directory);
        var flowId = await first.PublishAsync(Tiny("Claimed").Build());
        for (var i = 0; i < 60; i++)
        {
            (await first.Launcher.EnqueueAsync(flowId, JsonValues.EmptyObject, cancellationToken: Ct)).Succeeded.ShouldBeTrue();
        }

        var claimed = new ConcurrentBag<(string Owner, Guid RunId)>();
        // All three start together and take one run per claim, so they really contend for the same rows.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = new[] { first, second, third }.Select(node => Task.Run(
            async () =>
            {
                var claims = node.Services.GetRequiredService<RunClaims>();
                await start.Task;
                var empty = 0;
                while (empty < 3)
                {
                    var runs = await claims.ClaimAsync(1, Ct);
                    empty = runs.Count == 0 ? empty + 1 : 0;
                    foreach (var run in runs)
                    {
                        claimed.Add((claims.Owner, run.Run.RunId));
                    }
                }
            },
            Ct)).ToList();
        start.SetResult();
        await Task.WhenAll(racing);

        claimed.Select(c => c.RunId).Distinct().Count().ShouldBe(60);
        claimed.Count.ShouldBe(60, "no run was claimed twice");
        claimed.Select(c => c.Owner).Distinct().Count().ShouldBeGreaterThan(1, "the nodes competed");
        await using var db = first.Host.CreateDbContext();
        var rows = await db.Set<RunEntity>().ToListAsync(Ct);
        rows.ShouldAllBe(r => r.Status == RunStatus.Running && r.ClaimCount == 1 && r.ReadyAt == null);
        rows.ShouldAllBe(r => claimed.Contains(new ValueTuple<string, Guid>(r.LeaseOwner!, r.Id)));
    }

    [Fact]
    public async Task Claim_PerFlowLimit_TakesNoMoreThanTheLimitOfEachFlow()
    {
        await using var node = await RunHarness.StartAsync(workers: false, settings: new Dictionary<string, string?> { ["Runs:MaxConcurrentPerFlow"] = "2" });
        var busy = await node.PublishAsync(Tiny("Busy").Build());
        var quiet = await node.PublishAsync(Tiny("Quiet").Build());
        for (var i = 0; i < 5; i++)
        {
            await node.Launcher.EnqueueAsync(busy, JsonValues.EmptyObject, cancellationToken: Ct);
        }

        await node.Launcher.EnqueueAsync(quiet, JsonValues.EmptyObject, cancellationToken: Ct);
        var claims = node.Services.GetRequiredService<RunClaims>();

        var firstRound = await claims.ClaimAsync(10, Ct);
        var secondRound = await claims.ClaimAsync(10, Ct);

        firstRound.Count(r => r.FlowId == busy).ShouldBe(2);
        firstRound.Count(r => r.FlowId == quiet).ShouldBe(1, "the busy flow's queue does not starve another flow");
        secondRound.ShouldBeEmpty();
        firstRound.ShouldAllBe(r => r.Fresh);
    }

    [Fact]
    public async Task Lease_NotRenewed_ExpiresAndAnotherNodeTakesTheRun()
    {
        using var temp = new TempDirectory();
        var directory = temp.Path;
        var shortLease = new Dictionary<string, string?> { ["Runs:LeaseDuration"] = "00:00:01" };
        await using var dead = await RunHarness.StartAsync(workers: false, settings: shortLease, directory: directory);
        await using var alive = await RunHarness.StartAsync(workers: false, settings: shortLease, directory: directory);
        var flowId = await dead.PublishAsync(Tiny("Leased").Build());
        var runId = (await dead.Launcher.EnqueueAsync(flowId, JsonValues.EmptyObject, cancellationToken: Ct)).RunId!.Value;
        (await dead.Services.GetRequiredService<RunClaims>().ClaimAsync(1, Ct)).ShouldHaveSingleItem();
        var claims = alive.Services.GetRequiredService<RunClaims>();
        (await claims.RecoverAsync(startup: false)).ShouldBe(0, "the lease is still live");

        await Task.Delay(1_100, Ct);
        (await claims.RecoverAsync(startup: false)).ShouldBe(1);
        var taken = (await claims.ClaimAsync(5, Ct)).ShouldHaveSingleItem();

        taken.Run.RunId.ShouldBe(runId);
        taken.Fresh.ShouldBeFalse("it started on the dead node, so its steps must be loaded");
        (await dead.Services.GetRequiredService<RunClaims>().RenewAsync([runId])).ShouldBe([runId], "the dead node learns it lost the run");
    }
}
