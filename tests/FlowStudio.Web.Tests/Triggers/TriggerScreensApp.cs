using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Webhook;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Triggers;

/// <summary>
/// The real app on its own SQLite file (workers and the scheduler's thread off, so nothing fires by itself) with one
/// Webhook connection holding <see cref="Secret"/>, for rendering the trigger screens against published flows.
/// </summary>
public sealed class TriggerScreensApp : IAsyncLifetime
{
    public const string Secret = "whsec_trigger_screens";
    public const string ConnectionId = "conn_webhook";

    private readonly FlowStudioAppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;

    public IServiceProvider Services => _app.Services;

    public HttpClient Client { get; private set; } = null!;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Runs:Enabled", "false")
            .UseSetting("Triggers:PublicBaseUrl", "https://flows.example.com")
            .ConfigureTestServices(services => services.AddSingleton<IConnectionResolver>(new OneWebhookConnection())));
        Client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return ValueTask.CompletedTask;
    }

    /// <summary>Creates and publishes trigger → map; returns the flow id.</summary>
    public async Task<Guid> PublishAsync(string name, string nodeId, string triggerType, string config)
    {
        var flows = Services.GetRequiredService<FlowStore>();
        var definition = new FlowDefinition
        {
            Metadata = new FlowMetadata { Name = name },
            Nodes =
            [
                new FlowNode { Id = nodeId, Type = triggerType, Config = NodeConfig.Parse(config) },
                new FlowNode { Id = "map", Type = NodeTypeKeys.Map, Config = NodeConfig.Parse("""{ "mappings": { "id": "[trigger.id]" } }""") },
            ],
            Connections = [new FlowConnection(nodeId, "out", "map", "in")],
        };
        var created = await flows.CreateAsync(definition, AuditActor.System, Ct);
        created.Status.ShouldBe(FlowCommandStatus.Succeeded, created.Message);
        var published = await flows.PublishAsync(created.Flow!.Id, null, AuditActor.System, Ct);
        published.Status.ShouldBe(FlowCommandStatus.Succeeded, string.Join("; ", published.Issues.Select(i => i.Message)) + published.Message);
        return created.Flow.Id;
    }

    public async Task<string> HookKeyAsync(Guid flowId, string nodeId) =>
        (await Services.GetRequiredService<TriggerQueries>().HookKeyAsync(flowId, nodeId, Ct)).ShouldNotBeNull();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private sealed class OneWebhookConnection : IConnectionResolver
    {
        public Task<ResolvedConnection?> ResolveAsync(string connectionId, CancellationToken cancellationToken) => Task.FromResult<ResolvedConnection?>(
            connectionId == ConnectionId
                ? new ResolvedConnection(connectionId, "Ramp webhooks", WebhookConnectorModule.Key, false, new Dictionary<string, string>(),
                    new Dictionary<string, string> { [WebhookSecretKeys.SigningSecret] = Secret })
                : null);
    }
}
