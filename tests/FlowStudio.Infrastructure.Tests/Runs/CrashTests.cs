using System.Diagnostics;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Infrastructure.Tests.Runs.Support;

namespace FlowStudio.Infrastructure.Tests.Runs;

/// <summary>
/// The real thing: a run executes in a child process (tests/FlowStudio.CrashHost) against a SQLite file,
/// its connector writes to a ledger file, and the process is killed mid-run. A second process finishes
/// the run, and every side effect is in the ledger exactly once.
/// </summary>
public sealed class CrashTests
{
    private const int Items = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // start ──► loop ─item─► invoice ─► loop.loop
    //                └done─► summary
    private static TestFlow Flow() => new TestFlow("Crash test")
        .Node("start", NodeTypeKeys.ManualTrigger)
        .Node("loop", NodeTypeKeys.ForEach, """{ "items": "[trigger.customers]" }""")
        .Node("invoice", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.create_invoice", "inputs": { "customer_id": "[item]", "total": "[trigger.total]" } }""")
        .Node("summary", NodeTypeKeys.ConnectorAction, """{ "connection": "slack", "operation": "slack.post_message", "inputs": { "count": "COUNT([steps.loop.output.results])" } }""")
        .Connect("start", "loop").Connect("loop", "invoice", PortNames.Item).Connect("invoice", "loop", toPort: PortNames.Loop)
        .Connect("loop", "summary", PortNames.Done);

    [Fact]
    public async Task KilledMidRun_Restarted_CompletesWithEveryEffectExactlyOnce()
    {
        using var temp = new TempDirectory();
        var directory = temp.Path;
        var ledger = Path.Combine(directory, "ledger.txt");
        Guid runId;
        await using (var setup = await RunHarness.StartAsync(workers: false, directory: directory))
        {
            var flowId = await setup.PublishAsync(Flow().Build());
            var customers = string.Join(",", Enumerable.Range(1, Items).Select(i => $"\"C-{i}\""));
            runId = await setup.StartRunAsync(flowId, $$"""{ "customers": [{{customers}}], "total": 99.95 }""");
        }

        using (var doomed = StartHost(directory, ledger, runId))
        {
            await WaitUntilAsync(() => Effects(ledger).Count >= 4, doomed, TimeSpan.FromSeconds(60));
            doomed.Kill(entireProcessTree: true);
            await doomed.WaitForExitAsync(Ct);
        }

        var effectsAtKill = Effects(ledger).Count;
        effectsAtKill.ShouldBeLessThan(Items + 1, "killed before the run could finish");
        await using (var check = await RunHarness.StartAsync(workers: false, directory: directory))
        {
            (await check.Queries.GetAsync(runId, Ct))!.Run.Status.ShouldBe(RunStatus.Running, "the kill left the run mid-flight");
        }

        using (var survivor = StartHost(directory, ledger, runId))
        {
            await survivor.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(90), Ct);
            survivor.ExitCode.ShouldBe(0, await survivor.StandardError.ReadToEndAsync(Ct));
        }

        await using (var after = await RunHarness.StartAsync(workers: false, directory: directory))
        {
            var run = (await after.Queries.GetAsync(runId, Ct))!;
            run.Run.Status.ShouldBe(RunStatus.Succeeded);
            run.Steps.Single(s => s.NodeId == "summary").Input!.Value.GetRawText().ShouldBe($$"""{"count":{{Items}}}""");
        }

        var effects = Effects(ledger);
        effects.Count.ShouldBe(Items + 1, "one invoice per customer and one summary");
        effects.GroupBy(e => e.Key).ShouldAllBe(g => g.Count() == 1);
        var expected = Enumerable.Range(0, Items).Select(i => IdempotencyKeys.For(runId, "invoice", $"loop[{i}]")).Append(IdempotencyKeys.For(runId, "summary", ""));
        effects.Select(e => e.Key).ShouldBe(expected, ignoreOrder: true);
    }

    private static List<(string Key, string Line)> Effects(string ledger)
    {
        if (!File.Exists(ledger))
        {
            return [];
        }

        using var stream = new FileStream(ledger, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("effect ", StringComparison.Ordinal))
            .Select(l => (l.Split(' ')[1], l))
            .ToList();
    }

    private static Process StartHost(string directory, string ledger, Guid runId)
    {
        // The host is built next to this test project: tests/FlowStudio.CrashHost/bin/<configuration>/<tfm>/.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var host = Path.Combine(output.Parent!.Parent!.Parent!.Parent!.FullName, "FlowStudio.CrashHost", "bin", output.Parent.Name, output.Name, "FlowStudio.CrashHost.dll");
        File.Exists(host).ShouldBeTrue($"{host} is built with the tests");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { host, directory, ledger, runId.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start)!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Process process, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!condition())
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited early: {await process.StandardError.ReadToEndAsync(Ct)}");
            }

            (DateTimeOffset.UtcNow < deadline).ShouldBeTrue("the host made no progress in time");
            await Task.Delay(5, Ct);
        }
    }
}
