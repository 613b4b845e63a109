using System.Text;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Engine.Contracts;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using FlowStudio.Infrastructure.Tests.Support;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Triggers.Support;

/// <summary>The infrastructure on temp SQLite without workers (runs stay queued, so they can be counted), a fake connection store and clock.</summary>
internal sealed class TriggerHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_718_000_000);

    private TriggerHarness(SqliteServices host, FakeConnectionResolver connections, TestConnector connector, ManualClock clock)
    {
        Host = host;
        Connections = connections;
        Connector = connector;
        Clock = clock;
    }

    public SqliteServices Host { get; }

    public FakeConnectionResolver Connections { get; }

    public TestConnector Connector { get; }

    public ManualClock Clock { get; }

    public IServiceProvider Services => Host.Services;

    public WebhookIngress Ingress => Services.GetRequiredService<WebhookIngress>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TriggerHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var connections = new FakeConnectionResolver();
        var connector = new TestConnector();
        var clock = new ManualClock(Start);
        var all = new Dictionary<string, string?>
        {
            ["Runs:Enabled"] = "false",
            ["Triggers:CacheDuration"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await SqliteServices.StartAsync(all, s =>
        {
            s.AddSingleton<IConnectionResolver>(connections);
            s.AddSingleton<IConnectorInvoker>(connector);
            s.AddSingleton<TimeProvider>(clock);
        }, start: false);
        return new TriggerHarness(host, connections, connector, clock);
    }

    /// <summary>Publishes trigger → map with the trigger's <paramref name="config"/>; returns the flow id.</summary>
    public async Task<Guid> PublishAsync(string triggerType, string config, string name = "Trigger test flow")
    {
        var flow = new TestFlow(name)
            .Node("trigger", triggerType, config)
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "id": "[trigger.id]" } }""")
            .Connect("trigger", "map")
            .Build();
        var flows = Services.GetRequiredService<FlowStore>();
        var created = await flows.CreateAsync(flow, RunHarness.Admin, Ct);
        created.Status.ShouldBe(FlowCommandStatus.Succeeded, created.Message);
        var published = await flows.PublishAsync(created.Flow!.Id, null, RunHarness.Admin, Ct);
        published.Status.ShouldBe(FlowCommandStatus.Succeeded, string.Join("; ", published.Issues.Select(i => i.Message)) + published.Message);
        return created.Flow.Id;
    }

    public async Task<string> HookKeyAsync(Guid flowId) =>
        (await Services.GetRequiredService<TriggerQueries>().HookKeyAsync(flowId, "trigger", Ct)).ShouldNotBeNull();

    public async Task<int> RunCountAsync(Guid flowId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>().CreateDbContextAsync(Ct);
        return await db.Set<RunEntity>().CountAsync(r => r.FlowId == flowId, Ct);
    }

    public async Task<List<string>> RunTriggersAsync(Guid flowId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>().CreateDbContextAsync(Ct);
        return await db.Set<RunEntity>().Where(r => r.FlowId == flowId).OrderBy(r => r.Id).Select(r => r.TriggerJson).ToListAsync(Ct);
    }

    public Task<InboxPage> InboxAsync(Guid flowId) => Services.GetRequiredService<InboxQueries>().ListAsync(new InboxQuery(FlowId: flowId), Ct);

    public static WebhookRequest Request(string body, params (string Name, string Value)[] headers) => new(
        "POST", new Uri("https://flows.example.com/hooks/abc123"),
        headers.Append(("Content-Type", "application/json")).ToDictionary(h => h.Item1, h => h.Item2, StringComparer.OrdinalIgnoreCase),
        Encoding.UTF8.GetBytes(body));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
