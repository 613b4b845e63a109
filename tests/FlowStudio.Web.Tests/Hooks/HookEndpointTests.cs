using System.Net;
using System.Text;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Hooks;

/// <summary>The real app: a published webhook → map flow, deliveries posted anonymously to /hooks/{key}.</summary>
public sealed class HookEndpointTests : IAsyncLifetime
{
    private const string Secret = "whsec_endpoint_test";
    private readonly FlowStudioAppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;
    private string _hookKey = "";
    private Guid _flowId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Triggers:MaxBodyBytes", "4096")
            .UseSetting("Runs:Enabled", "false")
            .ConfigureTestServices(services => services.AddSingleton<IConnectionResolver>(new OneConnection())));
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var flows = _app.Services.GetRequiredService<FlowStore>();
        var definition = new FlowDefinition
        {
            Metadata = new FlowMetadata { Name = "Stripe payments" },
            Nodes =
            [
                new FlowNode { Id = "hook", Type = NodeTypeKeys.WebhookTrigger, Config = NodeConfig.Parse("""{ "provider": "stripe", "secret": "stripe-conn" }""") },
                new FlowNode { Id = "map", Type = NodeTypeKeys.Map, Config = NodeConfig.Parse("""{ "mappings": { "id": "[trigger.id]" } }""") },
            ],
            Connections = [new FlowConnection("hook", "out", "map", "in")],
        };
        _flowId = (await flows.CreateAsync(definition, AuditActor.System, Ct)).Flow!.Id;
        (await flows.PublishAsync(_flowId, null, AuditActor.System, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);
        _hookKey = (await _app.Services.GetRequiredService<TriggerQueries>().HookKeyAsync(_flowId, "hook", Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_SignedStripeEvent_200WithoutCookieOrAntiforgery_DuplicateAlso200()
    {
        using var first = await _client.SendAsync(Signed("evt_web_1"), Ct);
        using var again = await _client.SendAsync(Signed("evt_web_1"), Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadAsStringAsync(Ct)).ShouldContain("Accepted");
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("Duplicate: this event was already received; no new run.");
        var entries = (await Inbox()).Items;
        entries.Select(e => e.Status).Order().ShouldBe([InboxStatus.Accepted, InboxStatus.Duplicate]);
        entries.Count(e => e.RunId is not null).ShouldBe(1);
    }

    [Fact]
    public async Task Post_TamperedBody_401AndRecordedAsRejected()
    {
        using var request = Signed("evt_web_2");
        var body = (await request.Content!.ReadAsStringAsync(Ct)).Replace("2000", "9000", StringComparison.Ordinal);
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _client.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var entry = (await Inbox()).Items.Single();
        entry.Status.ShouldBe(InboxStatus.Rejected);
        entry.Reason.ShouldBe("No v1 signature matches the signing secret.");
        (await response.Content.ReadAsStringAsync(Ct)).ShouldNotContain("v1");
    }

    [Fact]
    public async Task Post_OversizedBody_413()
    {
        using var response = await _client.PostAsync($"/hooks/{_hookKey}", new StringContent(new string('x', 5000), Encoding.UTF8, "application/json"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await Inbox()).Items.Single().Reason!.ShouldContain("Triggers:MaxBodyBytes");
    }

    [Fact]
    public async Task Post_ArchivedFlowsHook_410WithReason_NothingRecordedOrStarted()
    {
        var flows = _app.Services.GetRequiredService<FlowStore>();
        (await flows.SetArchivedAsync(_flowId, true, AuditActor.System, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);

        using var response = await _client.SendAsync(Signed("evt_web_archived"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("archived or unpublished");
        (await Inbox()).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_UnknownKey_404()
    {
        using var response = await _client.PostAsync("/hooks/not-a-hook", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private Task<InboxPage> Inbox() => _app.Services.GetRequiredService<InboxQueries>().ListAsync(new InboxQuery(FlowId: _flowId), Ct);

    private HttpRequestMessage Signed(string eventId)
    {
        var body = "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"amount\":2000}}}";
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/{_hookKey}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", StripeSignature.Sign(Encoding.UTF8.GetBytes(body), Secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        return request;
    }

    private sealed class OneConnection : IConnectionResolver
    {
        public Task<ResolvedConnection?> ResolveAsync(string connectionId, CancellationToken cancellationToken) => Task.FromResult<ResolvedConnection?>(
            connectionId == "stripe-conn"
                ? new ResolvedConnection(connectionId, "Stripe", "stripe", false, new Dictionary<string, string>(), new Dictionary<string, string> { [WebhookSecretKeys.SigningSecret] = Secret })
                : null);
    }
}
