using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Infrastructure;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Web.Hooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Benchmarks;

/// <summary>
/// Webhook ingress under load: this process serves <c>POST /hooks/{key}</c> on 127.0.0.1 (the app's own
/// endpoint and infrastructure on a SQLite file, webhook → map flow, workers on); a second process
/// (<see cref="WebhookLoadClient"/>) sends Stripe-signed events. Phases: 200/s and 1,000/s (answer latency),
/// then as fast as 64 senders can (sustained deliveries/s); at the end every event must be one inbox row
/// and one finished run. <c>dotnet run -c Release --project tests/FlowStudio.Benchmarks -- webhooks [seconds]</c>
/// </summary>
public static class WebhookLoad
{
    private const string Secret = "whsec_benchmark_secret";

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var directory = Path.Combine(Path.GetTempPath(), "flowstudio-webhook-bench", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = directory,
            ["Bootstrap:AdminPassword"] = "Benchmark-Password-1",
            ["Runs:Workers"] = "64",
            ["Runs:PollInterval"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddFlowStudioInfrastructure();
        builder.Services.AddSingleton<IConnectorInvoker>(new NoOpConnector());
        builder.Services.AddSingleton<IConnectionResolver>(new BenchmarkSecret());
        var store = builder.Services.Last(d => d.ServiceType == typeof(IRunStore));
        builder.Services.Replace(ServiceDescriptor.Singleton<IRunStore>(sp => new CompletionCounter((IRunStore)store.ImplementationFactory!(sp))));
        await using var app = builder.Build();
        app.MapHookEndpoints();
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync().ConfigureAwait(false);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var flows = app.Services.GetRequiredService<FlowStore>();
        var flowId = (await flows.CreateAsync(Flow(), AuditActor.System).ConfigureAwait(false)).Flow!.Id;
        await flows.PublishAsync(flowId, null, AuditActor.System).ConfigureAwait(false);
        var hookKey = await app.Services.GetRequiredService<TriggerQueries>().HookKeyAsync(flowId, "hook").ConfigureAwait(false);
        var url = $"{address}/hooks/{hookKey}";
        var counter = (CompletionCounter)app.Services.GetRequiredService<IRunStore>();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; server {address}");

        await PhaseAsync("warmup", url, 0, 10, 64).ConfigureAwait(false);
        await DrainAsync(app.Services, counter, flowId).ConfigureAwait(false);
        foreach (var (name, rate) in new[] { ("200/s", 200), ("1000/s", 1000), ("2000/s", 2000), ("3000/s", 3000), ("max", 0) })
        {
            var before = counter.Finished;
            var watch = Stopwatch.StartNew();
            await PhaseAsync(name, url, rate, seconds, 64).ConfigureAwait(false);
            var answeredIn = watch.Elapsed.TotalSeconds;
            var backlog = await DrainAsync(app.Services, counter, flowId).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name}: runs finished {counter.Finished - before} in {watch.Elapsed.TotalSeconds:F1} s (senders stopped at {answeredIn:F1} s; backlog when they stopped: {backlog})"));
        }

        var inbox = app.Services.GetRequiredService<InboxQueries>();
        var counts = await inbox.CountsAsync(DateTimeOffset.MinValue).ConfigureAwait(false);
        Console.WriteLine($"Inbox: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}; runs finished {counter.Finished}");
        await app.StopAsync().ConfigureAwait(false);
        Directory.Delete(directory, recursive: true);
        return 0;
    }

    private static async Task PhaseAsync(string name, string url, int rate, int seconds, int concurrency)
    {
        // Under `dotnet x.dll` the host needs the assembly first; under the app host (`dotnet run`) it must not get it.
        var host = Environment.ProcessPath!;
        string[] launch = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(WebhookLoad).Assembly.Location] : [];
        using var client = Process.Start(new ProcessStartInfo(host, [.. launch, "webhooks-client", url, Secret, name.Replace("/", "", StringComparison.Ordinal), rate.ToString(CultureInfo.InvariantCulture), seconds.ToString(CultureInfo.InvariantCulture), concurrency.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        })!;
        var output = await client.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await client.WaitForExitAsync().ConfigureAwait(false);
        Console.WriteLine($"{name}: {output.Trim()}");
    }

    /// <summary>Waits until every accepted delivery's run has finished; returns how many were still queued or running at the start.</summary>
    private static async Task<int> DrainAsync(IServiceProvider services, CompletionCounter counter, Guid flowId)
    {
        var inbox = services.GetRequiredService<InboxQueries>();
        var accepted = (await inbox.ListAsync(new InboxQuery(InboxStatus.Accepted, flowId, PageSize: 1)).ConfigureAwait(false)).Total;
        var backlog = accepted - counter.Finished;
        while (counter.Finished < accepted)
        {
            await Task.Delay(20).ConfigureAwait(false);
        }

        return backlog;
    }

    private static FlowDefinition Flow() => new()
    {
        Metadata = new FlowMetadata { Name = "Stripe payment to map" },
        Nodes =
        [
            new FlowNode { Id = "hook", Type = NodeTypeKeys.WebhookTrigger, Config = NodeConfig.Parse("""{ "provider": "stripe", "secret": "stripe" }""") },
            new FlowNode { Id = "map", Type = NodeTypeKeys.Map, Config = NodeConfig.Parse("""{ "mappings": { "payment": "[trigger.data.object.id]", "amount": "[trigger.data.object.amount] / 100" } }""") },
        ],
        Connections = [new FlowConnection("hook", "out", "map", "in")],
    };

    private sealed class BenchmarkSecret : IConnectionResolver
    {
        public Task<ResolvedConnection?> ResolveAsync(string connectionId, CancellationToken cancellationToken) => Task.FromResult<ResolvedConnection?>(
            new ResolvedConnection(connectionId, "Stripe", "stripe", false, new Dictionary<string, string>(), new Dictionary<string, string> { [WebhookSecretKeys.SigningSecret] = Secret }));
    }
}
