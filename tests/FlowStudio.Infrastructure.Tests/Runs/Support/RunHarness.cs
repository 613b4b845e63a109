using System.Text.Json;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Runs.Support;

/// <summary>The infrastructure on a temp SQLite file with a test connector, optionally with workers and Quartz running.</summary>
internal sealed class RunHarness : IAsyncDisposable
{
    public static readonly AuditActor Admin = new("admin-id", "admin@flowstudio.local", "10.0.0.1");

    private RunHarness(SqliteServices services, TestConnector connector)
    {
        Host = services;
        Connector = connector;
    }

    public SqliteServices Host { get; }

    public TestConnector Connector { get; }

    public IServiceProvider Services => Host.Services;

    public RunLauncher Launcher => Services.GetRequiredService<RunLauncher>();

    public RunQueries Queries => Services.GetRequiredService<RunQueries>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<RunHarness> StartAsync(
        bool workers = true, IDictionary<string, string?>? settings = null, string? directory = null, TestConnector? connector = null)
    {
        connector ??= new TestConnector();
        var all = new Dictionary<string, string?>
        {
            ["Runs:Enabled"] = workers ? "true" : "false",
            ["Runs:Workers"] = "4",
            ["Runs:PollInterval"] = "00:00:00.250",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var services = await SqliteServices.StartAsync(all, s => s.AddSingleton<IConnectorInvoker>(connector), start: workers, directory);
        return new RunHarness(services, connector);
    }

    public async Task<Guid> PublishAsync(FlowDefinition flow)
    {
        var flows = Services.GetRequiredService<FlowStore>();
        var created = await flows.CreateAsync(flow, Admin, Ct);
        created.Status.ShouldBe(FlowCommandStatus.Succeeded, created.Message);
        var published = await flows.PublishAsync(created.Flow!.Id, null, Admin, Ct);
        published.Status.ShouldBe(FlowCommandStatus.Succeeded, string.Join("; ", published.Issues.Select(i => i.Message)) + published.Message);
        return created.Flow.Id;
    }

    public async Task<Guid> StartRunAsync(Guid flowId, string payload = "{}", string? correlation = null)
    {
        using var json = JsonDocument.Parse(payload);
        var result = await Launcher.StartAsync(flowId, json.RootElement.Clone(), Admin, correlation, Ct);
        result.Status.ShouldBe(RunCommandStatus.Succeeded, result.Message);
        return result.RunId!.Value;
    }

    /// <summary>Polls the run until <paramref name="until"/> holds, failing after <paramref name="timeout"/> (default 20 s).</summary>
    public async Task<RunDetails> WaitForAsync(Guid runId, Func<RunDetails, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        RunDetails? run = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            run = await Queries.GetAsync(runId, Ct);
            if (run is not null && until(run))
            {
                return run;
            }

            await Task.Delay(25, Ct);
        }

        throw new TimeoutException($"Run {runId} did not get there in time; it is {run?.Run.Status} ({run?.Run.Error}).");
    }

    public Task<RunDetails> WaitForStatusAsync(Guid runId, RunStatus status, TimeSpan? timeout = null) =>
        WaitForAsync(runId, r => r.Run.Status == status, timeout);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
