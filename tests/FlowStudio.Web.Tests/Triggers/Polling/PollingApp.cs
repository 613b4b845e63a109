using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Polling;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Triggers.Polling;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 (so sandbox connections call its in-app sandboxes over HTTP, exactly as in
/// production), on a data folder that survives the app so a second instance can be started on it (a restart). Runs stay
/// queued (workers and Quartz off): each poll is made by hand through the real <see cref="Poller"/>.
/// </summary>
internal sealed class PollingApp : IAsyncDisposable
{
    private readonly FlowStudioAppFactory _factory;
    private readonly WebApplicationFactory<Program> _app;
    private readonly Action<IServiceCollection>? _services;
    private bool _stopped;

    private PollingApp(string dataDirectory, Action<IServiceCollection>? services)
    {
        var port = FreePort();
        _services = services;
        _factory = new FlowStudioAppFactory { DataDirectory = dataDirectory, KeepData = true };
        _app = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Runs:Enabled", "false")
            .UseSetting(SandboxAddress.BaseUrlKey, $"http://127.0.0.1:{port}/")
            .ConfigureTestServices(s => services?.Invoke(s)));
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        _app.StartServer();
    }

    public string DataDirectory => _factory.DataDirectory;

    public IServiceProvider Services => _app.Services;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new app on a new data folder; <paramref name="services"/> adjusts its services (e.g. a connector's page size).</summary>
    public static PollingApp Start(Action<IServiceCollection>? services = null) =>
        new(Path.Combine(Path.GetTempPath(), "flowstudio-tests", Guid.NewGuid().ToString("N")), services);

    /// <summary>Stops this app and starts a new one on the same data folder (new services, a new <see cref="Poller"/>); dispose the new one.</summary>
    public async Task<PollingApp> RestartAsync()
    {
        await DisposeAppAsync();
        return new PollingApp(DataDirectory, _services);
    }

    public async Task<string> SandboxConnectionAsync(string connector)
    {
        var result = await Services.GetRequiredService<ConnectionStore>().CreateSandboxAsync(connector, AuditActor.System, Ct);
        result.Status.ShouldBe(ConnectionCommandStatus.Succeeded, string.Join("; ", result.Errors));
        return result.Connection!.Id;
    }

    /// <summary>Creates and publishes poll → map with the poll trigger <paramref name="config"/>; returns the flow id.</summary>
    public async Task<Guid> PublishPollAsync(string name, object config)
    {
        var flows = Services.GetRequiredService<FlowStore>();
        var definition = new FlowDefinition
        {
            Metadata = new FlowMetadata { Name = name },
            Nodes =
            [
                new FlowNode { Id = "poll", Type = NodeTypeKeys.PollTrigger, Config = JsonSerializer.SerializeToElement(config) },
                new FlowNode { Id = "map", Type = NodeTypeKeys.Map, Config = NodeConfig.Parse("""{ "mappings": { "seen": "true" } }""") },
            ],
            Connections = [new FlowConnection("poll", "out", "map", "in")],
        };
        var created = await flows.CreateAsync(definition, AuditActor.System, Ct);
        created.Status.ShouldBe(FlowCommandStatus.Succeeded, created.Message);
        var published = await flows.PublishAsync(created.Flow!.Id, null, AuditActor.System, Ct);
        published.Status.ShouldBe(FlowCommandStatus.Succeeded, string.Join("; ", published.Issues.Select(i => i.Message)) + published.Message);
        return created.Flow.Id;
    }

    /// <summary>"Poll now": the real Poller, as the interval job runs it.</summary>
    public async Task<PollOutcome> PollAsync(Guid flowId) =>
        (await Services.GetRequiredService<TriggerCommands>().PollNowAsync(flowId, "poll", AuditActor.System, Ct)).ShouldNotBeNull();

    public async Task<string?> WatermarkAsync(Guid flowId) =>
        (await Services.GetRequiredService<TriggerQueries>().ListAsync(TriggerKind.Poll, flowId, Ct)).Single().Watermark;

    /// <summary>Each run's trigger payload (the polled record), oldest first.</summary>
    public async Task<List<JsonElement>> RunPayloadsAsync(Guid flowId)
    {
        var runs = Services.GetRequiredService<RunQueries>();
        var page = await runs.ListAsync(new RunQuery { FlowId = flowId, Take = RunQuery.MaxTake }, Ct);
        var payloads = new List<JsonElement>();
        foreach (var run in page.Items.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id))
        {
            payloads.Add((await runs.GetAsync(run.Id, Ct)).ShouldNotBeNull().Trigger);
        }

        return payloads;
    }

    /// <summary>Calls a connector operation on a connection through the app's own invoker: the real client against the sandbox.</summary>
    public async Task<JsonElement> InvokeAsync(string connection, string operation, object input)
    {
        var call = new ConnectorCall(Guid.NewGuid(), "test", connection, operation, JsonSerializer.SerializeToElement(input), Guid.NewGuid().ToString("N"), 1);
        var result = await Services.GetRequiredService<IConnectorInvoker>().InvokeAsync(call, Ct);
        result.Failure.ShouldBeNull(result.Failure?.Message);
        return result.Output!.Value;
    }

    /// <summary>Sources keep whole seconds: a second change within the same second as the first would look unchanged.</summary>
    public static Task NextSecondAsync() => Task.Delay(1100, Ct);

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return; // restarted: the new app owns the data folder
        }

        await DisposeAppAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the run.
        }
    }

    private async Task DisposeAppAsync()
    {
        _stopped = true;
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
