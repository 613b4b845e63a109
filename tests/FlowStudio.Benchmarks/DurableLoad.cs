using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Infrastructure;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FlowStudio.Benchmarks;

/// <summary>
/// Durable load driver: <see cref="SixNodeFlow"/> published in a SQLite file, runs queued through
/// <see cref="RunLauncher"/> and executed by the workers, every run and step persisted. Phase 1 keeps a
/// backlog of queued runs (closed loop) to find the sustained rate; phase 2 queues at a fixed, lower
/// rate to show the latency of a run that does not wait behind others. Latency is a run's
/// <c>FinishedAt − CreatedAt</c> as stored: queued, claimed, five steps, final status, all committed.
/// <c>dotnet run -c Release --project tests/FlowStudio.Benchmarks -- durable [runs] [workers] [backlog] [rate]</c>
/// </summary>
public static class DurableLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var runs = Arg(args, 1, 20_000);
        var workers = Arg(args, 2, 64);
        var backlog = Arg(args, 3, workers * 2);
        var rate = Arg(args, 4, 500);
        var directory = Path.Combine(Path.GetTempPath(), "flowstudio-durable-bench", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = directory,
            ["Bootstrap:AdminPassword"] = "Benchmark-Password-1",
            ["Runs:Workers"] = workers.ToString(CultureInfo.InvariantCulture),
            ["Runs:PollInterval"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        });
        builder.AddFlowStudioInfrastructure();
        builder.Services.AddSingleton<IConnectorInvoker>(new NoOpConnector());

        // Count finished runs in process: a polling query would load the machine being measured.
        var store = builder.Services.Last(d => d.ServiceType == typeof(IRunStore));
        builder.Services.Replace(ServiceDescriptor.Singleton<IRunStore>(sp => new CompletionCounter((IRunStore)store.ImplementationFactory!(sp))));
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync().ConfigureAwait(false);
        await host.StartAsync().ConfigureAwait(false);
        var flows = host.Services.GetRequiredService<FlowStore>();
        var flowId = (await flows.CreateAsync(SixNodeFlow.Build(), AuditActor.System).ConfigureAwait(false)).Flow!.Id;
        var published = await flows.PublishAsync(flowId, null, AuditActor.System).ConfigureAwait(false);
        if (published.Status != FlowCommandStatus.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join("; ", published.Issues.Select(i => i.Message))).ConfigureAwait(false);
            return 1;
        }

        var load = new Load(host.Services, (CompletionCounter)host.Services.GetRequiredService<IRunStore>(), flowId);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {RuntimeInformation.ProcessArchitecture}");
        Console.WriteLine($"Workers {workers}, backlog {backlog}, SQLite file in {directory}");
        // Long enough for tiered JIT and dynamic PGO to settle: the first seconds run unoptimised code.
        await load.ClosedLoopAsync("warmup", Math.Max(10_000, runs / 2), backlog).ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        await load.ClosedLoopAsync("sustained", runs, backlog).ConfigureAwait(false);
        watch.Stop();
        await Report(load, "sustained", runs).ConfigureAwait(false);
        await load.FixedRateAsync("paced", rate, Math.Max(rate * 10, 1_000)).ConfigureAwait(false);
        await Report(load, "paced", Math.Max(rate * 10, 1_000)).ConfigureAwait(false);
        var sample = await load.SampleStepsAsync().ConfigureAwait(false);
        Console.WriteLine($"Steps recorded per run (sample): {sample}");
        await host.StopAsync().ConfigureAwait(false);
        Directory.Delete(directory, recursive: true);
        return 0;
    }

    private static async Task Report(Load load, string phase, int expected)
    {
        var finished = await load.FinishedAsync(phase).ConfigureAwait(false);
        var ok = finished.Count(r => r.Status == RunStatus.Succeeded);
        var first = finished.Min(r => r.CreatedAt);
        var last = finished.Max(r => r.FinishedAt!.Value);
        var latencies = finished.Select(r => (r.FinishedAt!.Value - r.CreatedAt).TotalMilliseconds).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase}: {ok}/{expected} succeeded, {finished.Count / (last - first).TotalSeconds:F0} runs/s, latency p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private sealed class Load(IServiceProvider services, CompletionCounter counter, Guid flowId)
    {
        private readonly RunLauncher _launcher = services.GetRequiredService<RunLauncher>();
        private readonly RunQueries _queries = services.GetRequiredService<RunQueries>();
        private readonly System.Text.Json.JsonElement _trigger = JsonValues.Parse(SixNodeFlow.Trigger);

        public async Task ClosedLoopAsync(string phase, int count, int backlog)
        {
            var baseline = counter.Finished;
            var enqueued = 0;
            await Parallel.ForAsync(0, 8, async (_, ct) =>
            {
                while (true)
                {
                    while (Volatile.Read(ref enqueued) - (counter.Finished - baseline) >= backlog)
                    {
                        await Task.Delay(1, ct).ConfigureAwait(false);
                    }

                    if (Interlocked.Increment(ref enqueued) > count)
                    {
                        return;
                    }

                    await EnqueueAsync(phase).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
            while (counter.Finished - baseline < count)
            {
                await Task.Delay(10).ConfigureAwait(false);
            }
        }

        public async Task FixedRateAsync(string phase, int perSecond, int count)
        {
            var baseline = counter.Finished;
            using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
            var started = Stopwatch.StartNew();
            var sent = 0;
            var pending = new List<Task>();
            while (sent < count && await tick.WaitForNextTickAsync().ConfigureAwait(false))
            {
                var due = Math.Min(count, (int)(started.Elapsed.TotalSeconds * perSecond));
                for (; sent < due; sent++)
                {
                    pending.Add(EnqueueAsync(phase));
                }
            }

            await Task.WhenAll(pending).ConfigureAwait(false);
            while (counter.Finished - baseline < count)
            {
                await Task.Delay(10).ConfigureAwait(false);
            }
        }

        public async Task<List<RunSummary>> FinishedAsync(string phase)
        {
            var all = new List<RunSummary>();
            while (true)
            {
                var page = await _queries.ListAsync(new RunQuery { Text = phase, Skip = all.Count, Take = RunQuery.MaxTake }).ConfigureAwait(false);
                all.AddRange(page.Items);
                if (page.Items.Count < RunQuery.MaxTake)
                {
                    return all;
                }
            }
        }

        public async Task<int> SampleStepsAsync()
        {
            var run = (await _queries.ListAsync(new RunQuery { Take = 1 }).ConfigureAwait(false)).Items[0];
            return (await _queries.GetAsync(run.Id).ConfigureAwait(false))!.Steps.Count;
        }

        private async Task EnqueueAsync(string phase)
        {
            var result = await _launcher.EnqueueAsync(flowId, _trigger, phase).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Message);
            }
        }
    }
}
